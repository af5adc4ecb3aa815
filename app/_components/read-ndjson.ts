import type { ErrorBody } from '@/lib/errors'

/** An error from the server (its JSON error body) or from the network. */
export type StreamError = ErrorBody | { code: 'NETWORK'; message: string }

export type NdjsonMessage = { type: string; error?: ErrorBody } & Record<string, unknown>

/**
 * Parses NDJSON (lib/route.ts ndjsonStream) as it arrives: `push` takes the next piece of
 * text, calls `onProgress` for each progress line and `onMessage` for any other kind (an
 * export's `chunk` lines), returns the final "done" line once it has come, and throws the
 * error body of an "error" line.
 */
export function ndjsonParser<P, D>(onProgress: (progress: P) => void, onMessage?: (message: NdjsonMessage) => void) {
  let buffered = ''
  return {
    push(text: string): D | undefined {
      buffered += text
      let newline: number
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline).trim()
        buffered = buffered.slice(newline + 1)
        if (!line) continue
        const message = JSON.parse(line) as NdjsonMessage
        if (message.type === 'progress') onProgress(message as P)
        else if (message.type === 'done') return message as D
        else if (message.type === 'error') throw message.error
        else onMessage?.(message)
      }
      return undefined
    },
  }
}

/**
 * Reads a streamed NDJSON response: calls `onProgress` for each progress line (and
 * `onMessage` for other kinds), resolves with the final "done" line, rejects with the error body.
 */
export async function readNdjson<P, D>(response: Response, onProgress: (progress: P) => void, onMessage?: (message: NdjsonMessage) => void): Promise<D> {
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: ErrorBody } | null
    throw body?.error ?? ({ code: 'NETWORK', message: `HTTP ${response.status}` } satisfies StreamError)
  }
  const parser = ndjsonParser<P, D>(onProgress, onMessage)
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  for (;;) {
    const { value, done } = await reader.read()
    const finished = value ? parser.push(value) : undefined
    if (finished) return finished
    if (done) throw { code: 'NETWORK', message: 'The connection ended early.' } satisfies StreamError
  }
}
