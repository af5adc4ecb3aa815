export class DataDirectoryInUseError extends Error {
  pid: number
}
export function lockDataDirectory(dir: string): () => void
export function dataDirectory(): string
export function isPostgresUrl(url?: string): boolean
