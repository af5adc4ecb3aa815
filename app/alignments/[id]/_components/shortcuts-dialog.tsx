'use client'
import { useTranslations } from 'next-intl'
import { commandGroups, commandIds, commands, describeShortcut, type Shortcut } from '@/lib/editing/keymap'
import { EditorDialog } from './editor-dialog'

/** Every command and its keys, made from the same table the key handler uses. */
export function ShortcutsDialog({ isMac, onClose }: { isMac: boolean; onClose: () => void }) {
  const t = useTranslations('editor')
  return (
    <EditorDialog title={t('shortcuts.title')} description={t('shortcuts.description')} onClose={onClose} wide testId="shortcuts-dialog">
      <div className="columns-1 gap-6 md:columns-2">
        {commandGroups.map((group) => (
          <section key={group} className="mb-4 break-inside-avoid">
            <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">{t(`shortcuts.groups.${group}`)}</h3>
            <table className="w-full text-[13px]">
              <tbody>
                {commandIds
                  .filter((id) => commands[id].group === group)
                  .map((id) => (
                    <tr key={id} className="border-b border-line/60 last:border-0">
                      <td className="py-1 pr-2">{t(`commands.${id}`)}</td>
                      <td className="whitespace-nowrap py-1 text-right">
                        {(commands[id].keys as readonly Shortcut[]).map((shortcut, k) => (
                          <kbd key={k} className="ml-1 inline-block rounded border border-line bg-panel px-1.5 py-px font-mono text-[11px] text-ink shadow-[inset_0_-1px_0_var(--color-line)]">
                            {describeShortcut(shortcut, { isMac })}
                          </kbd>
                        ))}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </EditorDialog>
  )
}
