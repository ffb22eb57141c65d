// What every migration receives besides the database: which engine it runs on.
export type MigrationDialect = 'sqlite' | 'postgres';
