import { describe, expect, it } from 'vitest'
import { actions, can, permissions } from './access'
import type { Role } from './generated/prisma/enums'
import { ISSUE_MATRIX } from './test-support/issue-matrix'

const ROLES: Role[] = ['OWNER', 'EDITOR', 'REVIEWER', 'VIEWER']

describe('the role × action matrix', () => {
  it('names every action the issue lists, and no other', () => {
    expect([...actions].sort()).toEqual(Object.keys(ISSUE_MATRIX).sort())
  })

  it.each(actions.flatMap((action) => ROLES.map((role) => [role, action] as const)))('%s may %s exactly as the issue says', (role, action) => {
    expect(can(role, action)).toBe(ISSUE_MATRIX[action].includes(role))
  })

  it('gives the owner everything and the viewer nothing that changes text, beads or review', () => {
    expect([...permissions.OWNER].sort()).toEqual([...actions].sort())
    expect([...permissions.VIEWER].sort()).toEqual(['export', 'project.read'])
  })
})
