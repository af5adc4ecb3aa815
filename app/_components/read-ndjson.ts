import type { ErrorBody } from '@/lib/errors'

/** An error from the server (its JSON error body) or from the network. */
export type StreamError = ErrorBody | { code: 'NETWORK'; message: string }

/**
 * Reads a streamed NDJSON response (lib/route.ts ndjsonStream): calls `onProgress` for each
 * progress line, resolves with the final "done" line, rejects with the error body.
 */
export async function readNdjson<P, D>(response: Response, onProgress: (progress: P) => void): Promise<D> {
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: ErrorBody } | null
    throw body?.error ?? ({ code: 'NETWORK', message: `HTTP ${response.status}` } satisfies StreamError)
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffered = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (value) buffered += value
    let newline: number
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline).trim()
      buffered = buffered.slice(newline + 1)
      if (!line) continue
      const message = JSON.parse(line) as { type: string; error?: ErrorBody } & Record<string, unknown>
      if (message.type === 'progress') onProgress(message as P)
      else if (message.type === 'done') return message as D
      else if (message.type === 'error') throw message.error
    }
    if (done) throw { code: 'NETWORK', message: 'The connection ended early.' } satisfies StreamError
  }
}
