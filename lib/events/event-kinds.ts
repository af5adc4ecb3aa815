// Every kind of change the event log records. Undoable kinds carry `data.before` and
// `data.after` (lib/beads/undo.ts reads them); the audit page renders each kind.

/** The changes undo and redo step through (lib/beads/undo-edit.ts). */
export const undoableKinds = [
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
] as const

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
  // Alignment editing: the undoable kinds
  ...undoableKinds,
  'edit.undone',
  'edit.redone',
  // Review (lib/comments, lib/annotations, lib/reviews, lib/findings): not undoable, each
  // has its own inverse (reopen, restore, delete).
  'comment.created',
  'comment.edited',
  'comment.deleted',
  'thread.resolved',
  'thread.reopened',
  'annotation.created',
  'annotation.edited',
  'annotation.deleted',
  'annotation.resolved',
  'annotation.reopened',
  'review.approved',
  'review.changes-requested',
  'review.rejected',
  'review.reopened',
  'findings.dismissed',
  'findings.restored',
  'project.severity-weights-changed',
] as const
export type EventKind = (typeof eventKinds)[number]
