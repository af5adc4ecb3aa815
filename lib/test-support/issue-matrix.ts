// Shared by lib/access.test.ts (the matrix itself) and lib/access.int.test.ts (every verb).
import type { Action } from '../access'
import type { Role } from '../generated/prisma/enums'

/**
 * The issue's matrix, written out by hand (not derived from lib/access.ts), so a change to
 * the permissions is a deliberate change to this table too. Issue 7: owner (everything,
 * manage members), editor (align, edit text, review), reviewer (comment, annotate, set
 * review status), viewer (read and export). Dismissing a finding is part of reviewing; the
 * audit log is for those who change the alignment.
 */
export const ISSUE_MATRIX: Record<Action, Role[]> = {
  'project.read': ['OWNER', 'EDITOR', 'REVIEWER', 'VIEWER'],
  'project.manage': ['OWNER'],
  'alignment.create': ['OWNER', 'EDITOR'],
  'alignment.edit': ['OWNER', 'EDITOR'],
  'text.edit': ['OWNER', 'EDITOR'],
  'review.comment': ['OWNER', 'EDITOR', 'REVIEWER'],
  'review.annotate': ['OWNER', 'EDITOR', 'REVIEWER'],
  'review.status': ['OWNER', 'EDITOR', 'REVIEWER'],
  'review.dismiss': ['OWNER', 'EDITOR', 'REVIEWER'],
  export: ['OWNER', 'EDITOR', 'REVIEWER', 'VIEWER'],
  'audit.read': ['OWNER', 'EDITOR'],
}

