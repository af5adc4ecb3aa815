'use client'
import clsx from 'clsx'
import type { LucideIcon } from 'lucide-react'
import { useTranslations } from 'next-intl'
import { Tooltip } from 'radix-ui'
import type { ReactNode } from 'react'
import { ariaKeyShortcuts, commands, describeShortcut, type CommandId, type Shortcut } from '@/lib/editing/keymap'

export type CommandState = { isEnabled: boolean; run: () => void }

/** A toolbar button for a command: its label and shortcut in the tooltip and for screen readers. */
export function ToolButton({
  id,
  icon: Icon,
  state,
  isMac,
  label,
  showLabel = false,
  className,
}: {
  id: CommandId
  icon: LucideIcon
  state: CommandState
  isMac: boolean
  label?: string
  showLabel?: boolean
  className?: string
}) {
  const t = useTranslations('editor.commands')
  const text = label ?? t(id)
  const keys = (commands[id].keys as readonly Shortcut[]).map((shortcut) => describeShortcut(shortcut, { isMac }))
  return (
    <Tooltip.Root delayDuration={400}>
      <Tooltip.Trigger asChild>
        <button
          type="button"
          aria-label={text}
          aria-keyshortcuts={ariaKeyShortcuts(commands[id].keys)}
          disabled={!state.isEnabled}
          data-command={id}
          // Clicking keeps the keyboard focus in the list, where the shortcuts work.
          onMouseDown={(event) => event.preventDefault()}
          onClick={state.run}
          className={clsx(
            'inline-flex h-7 items-center gap-1 rounded px-1.5 text-[13px] text-ink hover:bg-[#eaeef2] disabled:cursor-not-allowed disabled:text-[#afb8c1] disabled:hover:bg-transparent',
            className,
          )}
        >
          <Icon size={15} aria-hidden strokeWidth={1.9} />
          {showLabel && <span>{text}</span>}
        </button>
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content sideOffset={4} className="z-50 rounded bg-[#1f2328] px-2 py-1 text-xs text-white shadow">
          {text}
          {keys.length > 0 && <span className="ml-2 font-mono text-[#c9d1d9]">{keys.join(' · ')}</span>}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  )
}

export function ToolGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="flex items-center gap-0.5 border-r border-line pr-1.5 last:border-0">
      {children}
    </div>
  )
}
