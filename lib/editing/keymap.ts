// Every command of the alignment editor and its keyboard shortcuts, in one table: the key
// handler, the toolbar's tooltips and the "?" overview are all made from it, so they cannot
// disagree. Keys are `KeyboardEvent.key` values, so letters follow the user's keyboard layout
// (Ctrl+Z is Ctrl+Z on a German keyboard too).

export const commandGroups = ['navigate', 'select', 'find', 'beads', 'paragraphs', 'text', 'history', 'review', 'view'] as const
export type CommandGroup = (typeof commandGroups)[number]

export type Shortcut = { key: string; ctrl?: boolean; shift?: boolean; alt?: boolean }

export const commands = {
  // Moving around
  'bead.next': { group: 'navigate', keys: [{ key: 'ArrowDown' }, { key: 'j' }] },
  'bead.previous': { group: 'navigate', keys: [{ key: 'ArrowUp' }, { key: 'k' }] },
  'bead.pageDown': { group: 'navigate', keys: [{ key: 'PageDown' }] },
  'bead.pageUp': { group: 'navigate', keys: [{ key: 'PageUp' }] },
  'bead.first': { group: 'navigate', keys: [{ key: 'Home' }] },
  'bead.last': { group: 'navigate', keys: [{ key: 'End' }] },
  'side.source': { group: 'navigate', keys: [{ key: 'ArrowLeft' }] },
  'side.target': { group: 'navigate', keys: [{ key: 'ArrowRight' }] },
  'paragraph.next': { group: 'navigate', keys: [{ key: 'ArrowDown', alt: true }] },
  'paragraph.previous': { group: 'navigate', keys: [{ key: 'ArrowUp', alt: true }] },
  'goto.paragraph': { group: 'navigate', keys: [{ key: 'g' }] },
  // Selecting beads, to set the review status of many at once
  'select.down': { group: 'select', keys: [{ key: 'ArrowDown', shift: true }] },
  'select.up': { group: 'select', keys: [{ key: 'ArrowUp', shift: true }] },
  'select.all': { group: 'select', keys: [{ key: 'a', ctrl: true }] },
  'select.clear': { group: 'select', keys: [{ key: 'Escape' }] },
  // Beads worth a look
  'find.lowConfidence.next': { group: 'find', keys: [{ key: 'n' }] },
  'find.lowConfidence.previous': { group: 'find', keys: [{ key: 'N', shift: true }] },
  'find.nonOneToOne.next': { group: 'find', keys: [{ key: 't' }] },
  'find.nonOneToOne.previous': { group: 'find', keys: [{ key: 'T', shift: true }] },
  'find.unconfirmed.next': { group: 'find', keys: [{ key: 'u' }] },
  'find.unconfirmed.previous': { group: 'find', keys: [{ key: 'U', shift: true }] },
  'find.finding.next': { group: 'find', keys: [{ key: 'f' }] },
  'find.finding.previous': { group: 'find', keys: [{ key: 'F', shift: true }] },
  'search.open': { group: 'find', keys: [{ key: '/' }, { key: 'f', ctrl: true }] },
  'search.next': { group: 'find', keys: [{ key: 'F3' }] },
  'search.previous': { group: 'find', keys: [{ key: 'F3', shift: true }] },
  // Bead operations
  'bead.confirm': { group: 'beads', keys: [{ key: ' ' }, { key: 'c' }] },
  'bead.confirmAndNext': { group: 'beads', keys: [{ key: 'Enter', ctrl: true }] },
  'bead.confirmAbove': { group: 'beads', keys: [{ key: 'C', shift: true }] },
  'bead.merge': { group: 'beads', keys: [{ key: 'm' }] },
  'bead.split': { group: 'beads', keys: [{ key: 's' }] },
  'alignment.realign': { group: 'beads', keys: [{ key: 'R', shift: true }] },
  // Paragraphs between beads
  'paragraph.shiftUp': { group: 'paragraphs', keys: [{ key: 'ArrowUp', ctrl: true }] },
  'paragraph.shiftDown': { group: 'paragraphs', keys: [{ key: 'ArrowDown', ctrl: true }] },
  'paragraph.detach': { group: 'paragraphs', keys: [{ key: 'd' }] },
  'paragraph.pair': { group: 'paragraphs', keys: [{ key: 'p' }] },
  'paragraph.move': { group: 'paragraphs', keys: [{ key: 'M', shift: true }] },
  // Paragraph text
  'text.edit': { group: 'text', keys: [{ key: 'Enter' }, { key: 'F2' }] },
  'paragraph.split': { group: 'text', keys: [{ key: 'S', shift: true }] },
  'paragraph.join': { group: 'text', keys: [{ key: 'J', shift: true }] },
  // Undo
  undo: { group: 'history', keys: [{ key: 'z', ctrl: true }] },
  redo: { group: 'history', keys: [{ key: 'z', ctrl: true, shift: true }, { key: 'y', ctrl: true }] },
  // Review: the bead under the cursor, or the selection
  'review.approve': { group: 'review', keys: [{ key: 'a' }] },
  'review.approveAndNext': { group: 'review', keys: [{ key: 'A', shift: true }] },
  'review.requestChanges': { group: 'review', keys: [{ key: 'w' }] },
  'review.reject': { group: 'review', keys: [{ key: 'x' }] },
  'review.reopen': { group: 'review', keys: [{ key: 'o' }] },
  'review.annotate': { group: 'review', keys: [{ key: 'e' }] },
  'review.comment': { group: 'review', keys: [{ key: 'q' }] },
  // Panels and help
  'panel.details': { group: 'view', keys: [{ key: 'i' }] },
  'panel.history': { group: 'view', keys: [{ key: 'h' }] },
  'panel.findings': { group: 'view', keys: [{ key: 'E', shift: true }] },
  'panel.comments': { group: 'view', keys: [{ key: 'Q', shift: true }] },
  'panel.threads': { group: 'view', keys: [{ key: 'l' }] },
  'help.shortcuts': { group: 'view', keys: [{ key: '?' }] },
} as const satisfies Record<string, { group: CommandGroup; keys: Shortcut[] }>

export type CommandId = keyof typeof commands
export const commandIds = Object.keys(commands) as CommandId[]

export type KeyInput = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }

const isLetter = (key: string) => key.length === 1 && key.toLowerCase() !== key.toUpperCase()

function matches(shortcut: Shortcut, event: KeyInput): boolean {
  const ctrl = event.ctrlKey || event.metaKey
  if (Boolean(shortcut.ctrl) !== ctrl || Boolean(shortcut.alt) !== event.altKey) return false
  // Letters by their Shift state, not their case: Caps Lock must not turn "n" into "N", and
  // browsers report Ctrl+Shift+Z as "Z" or "z" depending on the platform.
  if (isLetter(shortcut.key)) return event.key.toLowerCase() === shortcut.key.toLowerCase() && Boolean(shortcut.shift) === event.shiftKey
  // "?" or "/" need Shift on some layouts and not on others: only the character counts.
  if (shortcut.key.length === 1 && shortcut.key !== ' ') return event.key === shortcut.key
  return event.key === shortcut.key && Boolean(shortcut.shift) === event.shiftKey
}

/** The command a key press stands for, or null. */
export function commandFor(event: KeyInput): CommandId | null {
  for (const id of commandIds) {
    if (commands[id].keys.some((shortcut: Shortcut) => matches(shortcut, event))) return id
  }
  return null
}

const KEY_NAMES: Record<string, string> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  ArrowLeft: '←',
  ArrowRight: '→',
  ' ': 'Space',
  Escape: 'Esc',
  PageDown: 'PgDn',
  PageUp: 'PgUp',
}

/** A shortcut as people write it: "Ctrl+Shift+Z", "⌘⇧Z" on a Mac. */
export function describeShortcut(shortcut: Shortcut, { isMac = false } = {}): string {
  const key = KEY_NAMES[shortcut.key] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key)
  // Capital letters already say Shift: "Shift+N" rather than "Shift+Shift+N".
  const shift = shortcut.shift
  const parts = [shortcut.ctrl && (isMac ? '⌘' : 'Ctrl'), shortcut.alt && (isMac ? '⌥' : 'Alt'), shift && (isMac ? '⇧' : 'Shift'), key].filter(Boolean)
  return parts.join(isMac ? '' : '+')
}

/** The shortcuts in the form of the `aria-keyshortcuts` attribute ("Control+Shift+Z Control+Y"). */
export function ariaKeyShortcuts(shortcuts: readonly Shortcut[]): string {
  return shortcuts
    .map((shortcut) => {
      const key = shortcut.key === ' ' ? 'Space' : shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key
      return [shortcut.ctrl && 'Control', shortcut.alt && 'Alt', shortcut.shift && 'Shift', key].filter(Boolean).join('+')
    })
    .join(' ')
}
