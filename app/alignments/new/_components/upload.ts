import { ndjsonParser, type StreamError } from '../../../_components/read-ndjson'

export type UploadProgress = { loaded: number; total: number }

/**
 * POSTs a form with a file and reads the NDJSON answer (lib/route.ts ndjsonStream) as it
 * arrives. XMLHttpRequest rather than fetch: only it reports upload progress, which a
 * 20 MB file on a slow line needs.
 */
export function uploadWithProgress<P, D>(
  url: string,
  form: FormData,
  { onUpload, onProgress }: { onUpload: (progress: UploadProgress) => void; onProgress: (progress: P) => void },
): Promise<D> {
  return new Promise<D>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    const parser = ndjsonParser<P, D>(onProgress)
    let read = 0
    let settled = false
    const settle = (run: () => void) => {
      if (settled) return
      settled = true
      run()
    }
    const consume = () => {
      if (xhr.status !== 200 || settled) return
      try {
        const done = parser.push(xhr.responseText.slice(read))
        read = xhr.responseText.length
        if (done) settle(() => resolve(done))
      } catch (error) {
        settle(() => reject(error as StreamError))
      }
    }
    xhr.upload.onprogress = (event) => onUpload({ loaded: event.loaded, total: event.lengthComputable ? event.total : event.loaded })
    xhr.onprogress = consume
    xhr.onload = () => {
      if (xhr.status !== 200) {
        let error: StreamError = { code: 'NETWORK', message: `HTTP ${xhr.status}` }
        try {
          error = (JSON.parse(xhr.responseText) as { error?: StreamError }).error ?? error
        } catch {
          // Not our JSON (a proxy's error page): the status says enough.
        }
        settle(() => reject(error))
        return
      }
      consume()
      settle(() => reject({ code: 'NETWORK', message: 'The connection ended early.' } satisfies StreamError))
    }
    xhr.onerror = () => settle(() => reject({ code: 'NETWORK', message: 'The upload failed.' } satisfies StreamError))
    xhr.open('POST', url)
    xhr.send(form)
  })
}
