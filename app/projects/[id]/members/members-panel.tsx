'use client'
import { AlertDialog } from 'radix-ui'
import { Check, Copy, Link2, UserPlus } from 'lucide-react'
import { useFormatter, useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import type { ActionResult } from '@/lib/errors'
import type { Role } from '@/lib/generated/prisma/enums'
import { Button, Field, FormError } from '../../../_components/form'
import { useErrorMessage } from '../../../_components/use-error-message'
import { addMemberAction, changeMemberRoleAction, removeMemberAction, renewInvitationAction } from './actions'

const ROLES: Role[] = ['OWNER', 'EDITOR', 'REVIEWER', 'VIEWER']

type Member = { userId: string; name: string; email: string; role: Role; since: string; isPending: boolean }
type Link = { email: string; url: string; expiresAt: string }

export function MembersPanel({ projectId, currentUserId, canManage, members }: { projectId: number; currentUserId: string; canManage: boolean; members: Member[] }) {
  const t = useTranslations('members')
  const tRoles = useTranslations('roles')
  const format = useFormatter()
  const errorMessage = useErrorMessage()
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [link, setLink] = useState<Link | null>(null)
  const [isPending, startTransition] = useTransition()

  function run<T>(action: () => Promise<ActionResult<T>>, then?: (data: T) => void) {
    setError(null)
    startTransition(async () => {
      const result = await action()
      if (!result.ok) {
        setError(errorMessage(result.error))
        return
      }
      then?.(result.data)
      router.refresh()
    })
  }

  return (
    <div className="space-y-6">
      <FormError message={error} />
      {link && <ActivationLink link={link} onClose={() => setLink(null)} />}
      <table className="w-full border border-line text-sm" aria-busy={isPending}>
        <thead className="bg-panel text-left text-xs text-muted">
          <tr>
            <th className="px-3 py-1.5 font-medium">{t('columns.person')}</th>
            <th className="px-3 py-1.5 font-medium">{t('columns.role')}</th>
            <th className="px-3 py-1.5 font-medium whitespace-nowrap">{t('columns.since')}</th>
            <th className="px-3 py-1.5 text-right font-medium">{t('columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const isSelf = member.userId === currentUserId
            return (
              <tr key={member.userId} className="border-t border-line" data-testid="member-row">
                <td className="px-3 py-1.5">
                  <div className="font-medium">
                    {member.name}
                    {isSelf && <span className="ml-1 text-xs font-normal text-muted">({t('you')})</span>}
                  </div>
                  <div className="text-xs text-muted">
                    {member.email}
                    {member.isPending && <span className="ml-2 rounded bg-warn/10 px-1 text-warn">{t('pending')}</span>}
                  </div>
                </td>
                <td className="px-3 py-1.5">
                  {canManage ? (
                    <select
                      aria-label={t('roleOf', { name: member.name })}
                      className="rounded border border-line px-1.5 py-0.5"
                      value={member.role}
                      disabled={isPending}
                      onChange={(e) => run(() => changeMemberRoleAction({ projectId, memberId: member.userId, role: e.target.value as Role }))}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {tRoles(role)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    tRoles(member.role)
                  )}
                  <div className="text-xs text-muted">{t(`roleDescriptions.${member.role}`)}</div>
                </td>
                <td className="px-3 py-1.5 whitespace-nowrap text-muted">{format.dateTime(new Date(member.since), { dateStyle: 'medium' })}</td>
                <td className="space-x-2 px-3 py-1.5 text-right whitespace-nowrap">
                  {canManage && member.isPending && (
                    <Button
                      variant="plain"
                      type="button"
                      disabled={isPending}
                      onClick={() => run(() => renewInvitationAction({ projectId, memberId: member.userId }), (data) => setLink({ email: member.email, ...data }))}
                    >
                      <Link2 size={14} aria-hidden />
                      {t('newLink')}
                    </Button>
                  )}
                  {(isSelf || canManage) && (
                    <Confirm
                      label={isSelf ? t('leave') : t('remove')}
                      question={isSelf ? t('leaveConfirm') : t('removeConfirm', { name: member.name })}
                      disabled={isPending}
                      onConfirm={() =>
                        run(
                          () => removeMemberAction({ projectId, memberId: member.userId }),
                          (data) => data.hasLeft && router.push('/'),
                        )
                      }
                    />
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {canManage ? <AddMember projectId={projectId} onAdded={(added) => added && setLink(added)} onError={setError} /> : <p className="text-sm text-muted">{t('readOnly')}</p>}
    </div>
  )
}

function Confirm({ label, question, disabled, onConfirm }: { label: string; question: string; disabled: boolean; onConfirm: () => void }) {
  const t = useTranslations('members')
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <Button variant="plain" type="button" disabled={disabled}>
          {label}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-black/30" />
        <AlertDialog.Content className="fixed top-1/3 left-1/2 z-50 w-[min(28rem,90vw)] -translate-x-1/2 rounded border border-line bg-white p-4 shadow-lg">
          <AlertDialog.Title className="mb-2 font-semibold">{label}</AlertDialog.Title>
          <AlertDialog.Description className="mb-4 text-sm text-muted">{question}</AlertDialog.Description>
          <div className="flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="plain" type="button">
                {t('cancel')}
              </Button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <Button type="button" onClick={onConfirm}>
                {label}
              </Button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  )
}

function AddMember({ projectId, onAdded, onError }: { projectId: number; onAdded: (link: Link | null) => void; onError: (message: string | null) => void }) {
  const t = useTranslations('members')
  const tRoles = useTranslations('roles')
  const errorMessage = useErrorMessage()
  const router = useRouter()
  const [isBusy, setBusy] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  return (
    <section aria-labelledby="add-member" className="rounded border border-line p-3">
      <h2 id="add-member" className="mb-1 flex items-center gap-1.5 font-semibold">
        <UserPlus size={16} aria-hidden />
        {t('addHeading')}
      </h2>
      <p className="mb-3 text-sm text-muted">{t('addIntro')}</p>
      <form
        className="grid items-end gap-3 md:grid-cols-[2fr_2fr_1fr_auto]"
        onSubmit={async (event) => {
          event.preventDefault()
          const form = event.currentTarget
          const data = new FormData(form)
          onError(null)
          setNotice(null)
          setBusy(true)
          const result = await addMemberAction({ projectId, email: String(data.get('email')), name: String(data.get('name') ?? '') || undefined, role: String(data.get('role')) as Role })
          setBusy(false)
          if (!result.ok) {
            onError(errorMessage(result.error))
            return
          }
          form.reset()
          setNotice(t('added', { email: result.data.email }))
          onAdded(result.data.activation && { email: result.data.email, ...result.data.activation })
          router.refresh()
        }}
      >
        <Field label={t('email')} name="email" type="email" required autoComplete="off" />
        <Field label={t('name')} name="name" maxLength={100} autoComplete="off" />
        <label className="block">
          <span className="mb-1 block text-sm font-medium">{t('role')}</span>
          <select name="role" defaultValue="EDITOR" className="w-full rounded border border-line px-2 py-1.5 text-sm">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tRoles(role)}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" disabled={isBusy}>
          {isBusy ? t('adding') : t('add')}
        </Button>
      </form>
      {notice && (
        <p role="status" className="mt-2 text-sm text-good">
          {notice}
        </p>
      )}
    </section>
  )
}

function ActivationLink({ link, onClose }: { link: Link; onClose: () => void }) {
  const t = useTranslations('members')
  const format = useFormatter()
  const [isCopied, setCopied] = useState(false)
  return (
    <section role="status" aria-labelledby="activation-link" className="rounded border border-accent/40 bg-accent/5 p-3 text-sm">
      <h2 id="activation-link" className="mb-1 font-semibold">
        {t('linkHeading', { email: link.email })}
      </h2>
      <p className="mb-2 text-muted">{t('linkIntro', { email: link.email, expires: format.dateTime(new Date(link.expiresAt), { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
      <div className="flex items-center gap-2">
        <input readOnly value={link.url} aria-label={t('linkHeading', { email: link.email })} className="w-full rounded border border-line bg-white px-2 py-1 font-mono text-xs" data-testid="activation-url" onFocus={(e) => e.currentTarget.select()} />
        <Button
          variant="plain"
          type="button"
          className="shrink-0 whitespace-nowrap"
          onClick={async () => {
            await navigator.clipboard?.writeText(link.url).catch(() => undefined)
            setCopied(true)
          }}
        >
          {isCopied ? <Check size={14} aria-hidden /> : <Copy size={14} aria-hidden />}
          {isCopied ? t('copied') : t('copy')}
        </Button>
        <Button variant="plain" type="button" onClick={onClose}>
          {t('close')}
        </Button>
      </div>
    </section>
  )
}
