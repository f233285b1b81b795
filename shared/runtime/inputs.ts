// Typed action inputs. Every reader names the input in its error, so a user
// sees "input fail-on: …" rather than a stack trace.

import * as runner from './runner.js';
import { ConfigurationError } from '../errors.js';

export function getRequiredInput(name: string): string {
  const value = runner.getInput(name).trim();
  if (value === '') throw new ConfigurationError(`Input required and not supplied: ${name}`);
  return value;
}

export function getOptionalInput(name: string): string | undefined {
  const value = runner.getInput(name).trim();
  return value === '' ? undefined : value;
}

export function getBooleanInput(name: string, fallback: boolean): boolean {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ConfigurationError(`input ${name}: expected true or false, got "${value}"`);
}

export function getIntegerInput(name: string, fallback: number, min = 0): number {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new ConfigurationError(`input ${name}: expected a whole number ≥ ${min}, got "${value}"`);
  }
  return Number(value);
}

export function getNumberInput(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || (range.min !== undefined && number < range.min) || (range.max !== undefined && number > range.max)) {
    throw new ConfigurationError(`input ${name}: expected a number${range.min !== undefined ? ` from ${range.min}` : ''}${range.max !== undefined ? ` to ${range.max}` : ''}, got "${value}"`);
  }
  return number;
}

export function getEnumInput<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigurationError(`input ${name}: expected one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

/** A list input: one item per line or comma-separated; blank items dropped. */
export function getListInput(name: string, options: { required?: boolean } = {}): string[] {
  const raw = options.required ? getRequiredInput(name) : (getOptionalInput(name) ?? '');
  return raw
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}


/** An input's raw text, or undefined when blank: what the step option readers take. */
export function inputText(name: string): string | undefined {
  return getOptionalInput(name);
}
