/**
 * The action's only way to the job log. Every line passes through escapeLog: file names, node
 * names and git output come from the pull request, and the runner would otherwise execute a
 * `::add-mask::` or `::error::` they smuggle in, or a terminal escape sequence. Annotations get
 * the same treatment (core escapes their line breaks, but not escape sequences).
 */
import * as core from '@actions/core';
import type { AnnotationProperties } from '@actions/core';
import { escapeLog } from '../report/escape.js';

export function info(message: string): void {
  core.info(escapeLog(message));
}

export function debug(message: string): void {
  core.debug(escapeLog(message));
}

/** core escapes line breaks, `:` and `,` in properties, but not escape sequences or `##[`. */
function escapeProperties(p: AnnotationProperties | undefined): AnnotationProperties | undefined {
  if (p === undefined) return undefined;
  return { ...p, ...(p.title === undefined ? {} : { title: escapeLog(p.title) }), ...(p.file === undefined ? {} : { file: escapeLog(p.file) }) };
}

export function warning(message: string, properties?: AnnotationProperties): void {
  core.warning(escapeLog(message), escapeProperties(properties));
}

export function error(message: string, properties?: AnnotationProperties): void {
  core.error(escapeLog(message), escapeProperties(properties));
}

/** Fails the step with one escaped line. */
export function fail(message: string): void {
  core.setFailed(escapeLog(message));
}
