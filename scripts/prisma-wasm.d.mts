export function deployMigrations(options?: { url?: string; dataDir?: string }): Promise<string[]>
export function migrationStatus(options?: { url?: string; dataDir?: string }): Promise<string[]>
export function missingMigrationSql(): Promise<string>
