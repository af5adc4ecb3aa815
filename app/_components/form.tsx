import clsx from 'clsx'
import type { ButtonHTMLAttributes, InputHTMLAttributes, ReactNode } from 'react'

export function Field({ label, hint, ...input }: InputHTMLAttributes<HTMLInputElement> & { label: ReactNode; hint?: ReactNode }) {
  return (
    <label className="block">
      <span className="mb-1 block text-sm font-medium">{label}</span>
      <input
        {...input}
        className={clsx('w-full rounded border border-line px-2 py-1.5 text-sm focus:border-accent', input.className)}
      />
      {hint && <span className="mt-1 block text-xs text-muted">{hint}</span>}
    </label>
  )
}

export function Button({ variant = 'primary', className, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'plain' }) {
  return (
    <button
      {...props}
      className={clsx(
        'inline-flex items-center gap-1.5 rounded px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60',
        variant === 'primary' ? 'bg-accent text-white hover:bg-[#094b8e]' : 'border border-line bg-white hover:bg-panel',
        className,
      )}
    />
  )
}

export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null
  return (
    <p role="alert" className="rounded border border-bad/30 bg-bad/5 px-2 py-1.5 text-sm text-bad">
      {message}
    </p>
  )
}
