// Every kind of change the event log records. Undoable kinds carry `data.before` and
// `data.after` (lib/beads/undo.ts reads them); the audit page renders each kind.
export const eventKinds = [
  'user.created',
  'user.password-changed',
  'user.activated',
  'project.created',
  'project.member-added',
  'project.member-role-changed',
  'project.member-removed',
  'project.invitation-renewed',
  'alignment.created',
  'alignment.imported',
  'alignment.deleted',
  // Alignment editing (undoable: lib/beads/edit-beads.ts UNDOABLE_KINDS)
  'beads.merged',
  'beads.split',
  'paragraph.shifted',
  'paragraph.detached',
  'paragraphs.paired',
  'paragraph.moved',
  'beads.confirmed',
  'beads.unconfirmed',
  'alignment.realigned',
  'paragraph.edited',
  'paragraph.split',
  'paragraphs.joined',
  'edit.undone',
  'edit.redone',
] as const
export type EventKind = (typeof eventKinds)[number]
