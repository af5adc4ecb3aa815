'use client'
import { X } from 'lucide-react'
import { useTranslations } from 'next-intl'
import { Dialog } from 'radix-ui'
import type { FormEvent, ReactNode } from 'react'

/**
 * The editor's one dialog frame (Radix: focus trapped inside, Esc closes, focus returns to
 * the list). A form, so Enter submits the dialog's action from any field.
 */
export function EditorDialog({
  title,
  description,
  children,
  submitLabel,
  canSubmit = true,
  onSubmit,
  onClose,
  wide = false,
  testId,
}: {
  title: string
  description?: ReactNode
  children?: ReactNode
  submitLabel?: string
  canSubmit?: boolean
  onSubmit?: () => void
  onClose: () => void
  wide?: boolean
  testId?: string
}) {
  const t = useTranslations('editor.dialog')
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-[#1f2328]/25" />
        <Dialog.Content
          className={`fixed left-1/2 top-[12vh] z-50 max-h-[76vh] w-[calc(100vw-2rem)] -translate-x-1/2 overflow-auto rounded-md border border-line bg-white shadow-xl focus:outline-none ${wide ? 'max-w-3xl' : 'max-w-md'}`}
          data-testid={testId}
        >
          <form
            onSubmit={(event: FormEvent) => {
              event.preventDefault()
              if (canSubmit) onSubmit?.()
            }}
          >
            <div className="flex items-start gap-3 border-b border-line px-4 py-3">
              <div className="flex-1">
                <Dialog.Title className="text-base font-semibold">{title}</Dialog.Title>
                {description ? <Dialog.Description className="mt-0.5 text-sm text-muted">{description}</Dialog.Description> : <Dialog.Description className="sr-only">{title}</Dialog.Description>}
              </div>
              <Dialog.Close className="rounded p-1 text-muted hover:bg-panel hover:text-ink" aria-label={t('close')}>
                <X size={16} aria-hidden />
              </Dialog.Close>
            </div>
            {children && <div className="px-4 py-3 text-sm">{children}</div>}
            {onSubmit && (
              <div className="flex justify-end gap-2 border-t border-line bg-panel px-4 py-2.5">
                <Dialog.Close type="button" className="rounded border border-line bg-white px-3 py-1.5 text-sm hover:bg-panel">
                  {t('cancel')}
                </Dialog.Close>
                <button type="submit" disabled={!canSubmit} className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-[#094b8e] disabled:cursor-not-allowed disabled:opacity-50">
                  {submitLabel}
                </button>
              </div>
            )}
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
