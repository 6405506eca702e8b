import type { PreflightIssue } from '../../shared/compose/compose-types';
import { englishPreflight } from '../../shared/compose/preflight-english';

/** A preflight problem in English, for the CLI (the window words it in its own language). */
export function preflightText(issue: PreflightIssue): string {
  return englishPreflight(issue);
}
