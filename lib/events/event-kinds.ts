// Every kind of change the event log records. Undoable kinds carry `data.before` and
// `data.after` (lib/beads/undo.ts reads them); the audit page renders each kind.
export const eventKinds = [
  'user.created',
  'user.password-changed',
  'project.created',
  'project.member-added',
  'project.member-role-changed',
  'project.member-removed',
  'alignment.created',
  'alignment.imported',
  'alignment.deleted',
] as const
export type EventKind = (typeof eventKinds)[number]
