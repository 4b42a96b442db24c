/** What the type decision says about a document: its type, where that came from, and why. */
import type { DocType, Range } from '../types.js';

export type TypeSource = 'option' | 'front-matter' | 'config' | 'inferred';

export interface TypeDecision {
  type: DocType | undefined;
  source: TypeSource | undefined;
  /** For inferred types: what the inference was based on ("the title “Annual Report 2023/24”"). */
  reason?: string;
  /** The declared value when it is not one of the four types (it may still be read as one). */
  unknownValue?: { value: string; range: Range | undefined };
  /** Why the document is not checked at all (opted out, or not a partnership's document). */
  skipReason?: string;
}
