// The part of autocannon 9's API the load script uses (the package ships no types).
declare module 'autocannon' {
  type Context = Record<string, unknown>
  type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string }
  type RequestSpec = Request & {
    setupRequest?: (request: Request, context: Context) => Request | null
    onResponse?: (status: number, body: string, context: Context, headers: Record<string, string>) => void
  }
  type Client = {
    setHeaders(headers: Record<string, string>): void
    on(event: 'response', listener: (status: number, bytes: number, ms: number) => void): void
  }
  type Histogram = { p50: number; p90: number; p99: number; average: number; max: number }
  type Result = { requests: Histogram & { total: number }; latency: Histogram; errors: number; timeouts: number; non2xx: number }
  type Options = { url: string; connections: number; duration: number; timeout?: number; setupClient?: (client: Client) => void; requests: RequestSpec[] }
  export default function autocannon(options: Options): Promise<Result>
}
