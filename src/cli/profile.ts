/** `model-budget profile <model>`. */
import { profileFile } from '../profile/index.js';
import { PROFILE_FORMATS, renderProfile } from '../report/profile-format.js';
import type { ProfileFormat } from '../report/profile-format.js';
import { parseCommandArgs, parseDimBinding, parseInputShape } from './args.js';
import { stdout } from './output.js';
import { CliUsageError } from './usage.js';

export async function runProfileCommand(argv: string[], write: (s: string) => void = stdout): Promise<number> {
  const parsed = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: {
      input: { type: 'string', multiple: true },
      dim: { type: 'string', multiple: true },
      format: { type: 'string', default: 'table' },
      'per-node': { type: 'boolean', default: false },
      'by-op-type': { type: 'boolean', default: false },
      top: { type: 'string' },
      hardware: { type: 'string' },
      'peak-flops': { type: 'string' },
      bandwidth: { type: 'string' },
    },
  });
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new CliUsageError('profile takes exactly one model file');
  const format = values.format as ProfileFormat;
  if (!PROFILE_FORMATS.includes(format)) throw new CliUsageError(`--format must be one of ${PROFILE_FORMATS.join(', ')}`);
  let top: number | undefined;
  if (values.top !== undefined) {
    top = Number(values.top);
    if (!Number.isSafeInteger(top) || top <= 0) throw new CliUsageError('--top takes a positive whole number');
  }
  const inputs = Object.fromEntries((values.input ?? []).map(parseInputShape));
  const dims = Object.fromEntries((values.dim ?? []).map(parseDimBinding));
  const perNode = values['per-node'] ?? false;
  const profile = await profileFile(positionals[0]!, {
    inputs, dims, perNode, formulas: true,
    hardware: values.hardware, peakFlops: values['peak-flops'], bandwidth: values.bandwidth,
  });
  write(renderProfile(profile, { format, perNode, byOpType: values['by-op-type'] ?? false, top, bound: { dims, inputs } }));
  return 0;
}
