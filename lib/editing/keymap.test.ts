import { describe, expect, it } from 'vitest'
import { ariaKeyShortcuts, commandFor, commandIds, commands, describeShortcut, type KeyInput, type Shortcut } from './keymap'

const press = (key: string, modifiers: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers })

describe('commandFor', () => {
  it.each([
    [press('j'), 'bead.next'],
    [press('ArrowDown'), 'bead.next'],
    [press('ArrowDown', { altKey: true }), 'paragraph.next'],
    [press('ArrowDown', { ctrlKey: true }), 'paragraph.shiftDown'],
    [press('n'), 'find.lowConfidence.next'],
    [press('N', { shiftKey: true }), 'find.lowConfidence.previous'],
    // Caps Lock gives "N" without Shift: still "next".
    [press('N'), 'find.lowConfidence.next'],
    [press(' '), 'bead.confirm'],
    [press('Enter'), 'text.edit'],
    [press('Enter', { ctrlKey: true }), 'bead.confirmAndNext'],
    [press('z', { ctrlKey: true }), 'undo'],
    [press('z', { metaKey: true }), 'undo'],
    [press('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [press('z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [press('y', { ctrlKey: true }), 'redo'],
    // "?" is Shift+/ in the US and Shift+ß in Germany: only the character counts.
    [press('?', { shiftKey: true }), 'help.shortcuts'],
    [press('/', { shiftKey: true }), 'search.open'],
    [press('f', { ctrlKey: true }), 'search.open'],
    [press('F3', { shiftKey: true }), 'search.previous'],
    [press('ArrowDown', { shiftKey: true }), 'select.down'],
    [press('a', { ctrlKey: true }), 'select.all'],
    [press('a'), 'review.approve'],
    [press('A', { shiftKey: true }), 'review.approveAndNext'],
    [press('f'), 'find.finding.next'],
    [press('F', { shiftKey: true }), 'find.finding.previous'],
    [press('Escape'), 'select.clear'],
  ] as const)('%o is %s', (event, expected) => {
    expect(commandFor(event)).toBe(expected)
  })

  it.each([[press('b')], [press('j', { ctrlKey: true })], [press('c', { altKey: true })], [press('Shift', { shiftKey: true })]])('%o is nothing', (event) => {
    expect(commandFor(event)).toBeNull()
  })

  it('gives every shortcut to exactly one command', () => {
    const seen = new Map<string, string>()
    for (const id of commandIds) {
      for (const shortcut of commands[id].keys as readonly Shortcut[]) {
        const event = press(shortcut.key, { ctrlKey: Boolean(shortcut.ctrl), altKey: Boolean(shortcut.alt), shiftKey: Boolean(shortcut.shift) })
        expect(commandFor(event), `${describeShortcut(shortcut)} of ${id}`).toBe(id)
        const name = describeShortcut(shortcut)
        expect(seen.get(name), name).toBeUndefined()
        seen.set(name, id)
      }
    }
  })
})

describe('describeShortcut', () => {
  it.each([
    [{ key: 'z', ctrl: true }, false, 'Ctrl+Z'],
    [{ key: 'z', ctrl: true, shift: true }, false, 'Ctrl+Shift+Z'],
    [{ key: 'z', ctrl: true, shift: true }, true, '⌘⇧Z'],
    [{ key: 'ArrowUp', alt: true }, false, 'Alt+↑'],
    [{ key: ' ' }, false, 'Space'],
    [{ key: 'N', shift: true }, false, 'Shift+N'],
    [{ key: '?' }, false, '?'],
  ])('%o', (shortcut, isMac, expected) => {
    expect(describeShortcut(shortcut, { isMac })).toBe(expected)
  })
})

describe('ariaKeyShortcuts', () => {
  it('writes the attribute value ARIA defines', () => {
    expect(ariaKeyShortcuts(commands.redo.keys)).toBe('Control+Shift+Z Control+Y')
    expect(ariaKeyShortcuts(commands['bead.confirm'].keys)).toBe('Space C')
    expect(ariaKeyShortcuts(commands['paragraph.next'].keys)).toBe('Alt+ArrowDown')
  })
})
