import { defineConfig } from 'prisma/config';

// Only `prisma generate` is run through the CLI; migrations are applied by scripts/db/migrate.ts
// with the WebAssembly schema engine (see DEVELOPERS.md), which reads DATABASE_URL itself.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
