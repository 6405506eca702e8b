// Writes docs/page-format.schema.json from the page file's zod schema (shared/model/page.ts).
// Run after changing the schema: `npx tsx scripts/gen-page-schema.ts`. A unit test fails while
// the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageJsonSchema } from '../shared/compose/page-schema';

export const SCHEMA_PATH = join(__dirname, '..', 'docs', 'page-format.schema.json');

export function pageSchemaText(): string {
  return `${JSON.stringify(pageJsonSchema(), null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(SCHEMA_PATH, pageSchemaText(), 'utf8');
  console.log(`wrote ${SCHEMA_PATH}`);
}
