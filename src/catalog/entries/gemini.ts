import type { ErrorEntry } from '../types.ts';
import { geminiApiEntries } from './gemini-api.ts';
import { geminiSdkEntries } from './gemini-sdk.ts';

/** Google Gemini (Gemini API and Vertex AI): API errors first, then the SDK exception classes. */
export const geminiEntries: ErrorEntry[] = [...geminiApiEntries, ...geminiSdkEntries];
