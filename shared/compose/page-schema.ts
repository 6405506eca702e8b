import { z } from 'zod';
import { pageDocumentSchema } from '../model/page';

/**
 * The JSON Schema of the page file, generated from the zod schema so the two never drift:
 * scripts/gen-page-schema.ts writes it to docs/page-format.schema.json, and a test fails when
 * the committed file is not what this gives.
 */
export function pageJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(pageDocumentSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'Banmian page file, version 1',
    ...schema,
  };
}
