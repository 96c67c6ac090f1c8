import { z } from 'zod';
import { LIST_PARAMETERS } from '@/lib/validation/open-data-query';

export interface QueryIssue {
  parameter: string;
  problem: 'unknown' | 'repeated' | 'invalid';
}

export class InvalidQueryError extends Error {
  constructor(readonly issues: QueryIssue[]) {
    super('invalid query');
    this.name = 'InvalidQueryError';
  }
}

/**
 * Turns URL search parameters into a validated query: list parameters become arrays, any other parameter
 * given twice or not known to the endpoint is an error rather than silently ignored.
 */
export function parseQuery<S extends z.ZodObject>(params: URLSearchParams, schema: S): z.infer<S> {
  const known = new Set(Object.keys(schema.shape));
  const raw: Record<string, string | string[]> = {};
  const issues: QueryIssue[] = [];
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (!known.has(key)) issues.push({ parameter: key.slice(0, 50), problem: 'unknown' });
    else if (LIST_PARAMETERS.has(key)) raw[key] = values.flatMap((v) => v.split(',')).filter((v) => v !== '');
    else if (values.length > 1) issues.push({ parameter: key, problem: 'repeated' });
    else raw[key] = values[0] ?? '';
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) issues.push({ parameter: String(issue.path[0] ?? ''), problem: 'invalid' });
  }
  if (issues.length > 0 || !result.success) throw new InvalidQueryError(issues);
  return result.data;
}
