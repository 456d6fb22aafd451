/**
 * Hardware presets for the roofline estimate, and custom `--peak-flops` / `--bandwidth` values
 * (read by profile/units.ts, the one unit parser). FLOPS here always means hardware speed (operations per second); model
 * size is counted in FLOPs (operations), never FLOPS.
 *
 * Each preset names one precision: the roofline only makes sense against the peak of the
 * arithmetic the model would actually run. The default ids are FP32 dense (no structured
 * sparsity); `-fp16` ids use the dense FP16 tensor-core peak. Where a datasheet gives no FLOPS
 * figure, the comment shows how the number was derived from the datasheet's core count and clock.
 */
import { UsageError } from '../graph/errors.js';
import { parseBandwidth, parseFlops, UnitError } from './units.js';

export interface HardwareSpec {
  /** Lowercase id used on the command line and in the JSON output ('custom' for user numbers). */
  readonly id: string;
  readonly name: string;
  readonly kind: 'gpu' | 'cpu' | 'edge' | 'custom';
  /** The precision `peakFlops` is quoted for. */
  readonly precision: 'fp32' | 'fp16' | 'custom';
  /** Peak floating-point operations per second. */
  readonly peakFlops: number;
  /** Peak memory bandwidth in bytes per second. */
  readonly bandwidth: number;
  /** Where the numbers come from. */
  readonly source: string;
}

const T = 1e12;
const G = 1e9;

export const HARDWARE_PRESETS: readonly HardwareSpec[] = [
  {
    // NVIDIA A100 Tensor Core GPU datasheet: A100 80GB SXM, FP32 19.5 TFLOPS, HBM2e 2,039 GB/s.
    id: 'a100', name: 'NVIDIA A100 80GB SXM (FP32)', kind: 'gpu', precision: 'fp32',
    peakFlops: 19.5 * T, bandwidth: 2039 * G,
    source: 'NVIDIA A100 Tensor Core GPU datasheet (A100 80GB SXM)',
  },
  {
    // Same datasheet: FP16 Tensor Core 312 TFLOPS dense (624 with sparsity).
    id: 'a100-fp16', name: 'NVIDIA A100 80GB SXM (FP16 tensor core, dense)', kind: 'gpu', precision: 'fp16',
    peakFlops: 312 * T, bandwidth: 2039 * G,
    source: 'NVIDIA A100 Tensor Core GPU datasheet (A100 80GB SXM)',
  },
  {
    // NVIDIA H100 Tensor Core GPU datasheet: H100 SXM, FP32 67 TFLOPS, HBM3 3.35 TB/s.
    id: 'h100', name: 'NVIDIA H100 SXM (FP32)', kind: 'gpu', precision: 'fp32',
    peakFlops: 67 * T, bandwidth: 3.35 * T,
    source: 'NVIDIA H100 Tensor Core GPU datasheet (H100 SXM)',
  },
  {
    // Same datasheet: FP16 Tensor Core 1,979 TFLOPS is quoted with sparsity; dense is half.
    id: 'h100-fp16', name: 'NVIDIA H100 SXM (FP16 tensor core, dense)', kind: 'gpu', precision: 'fp16',
    peakFlops: 989.5 * T, bandwidth: 3.35 * T,
    source: 'NVIDIA H100 Tensor Core GPU datasheet (H100 SXM; 1,979 TFLOPS sparse / 2)',
  },
  {
    // NVIDIA T4 Tensor Core GPU datasheet: FP32 8.1 TFLOPS, GDDR6 320+ GB/s.
    id: 't4', name: 'NVIDIA T4 (FP32)', kind: 'gpu', precision: 'fp32',
    peakFlops: 8.1 * T, bandwidth: 320 * G,
    source: 'NVIDIA T4 Tensor Core GPU datasheet',
  },
  {
    // Same datasheet: mixed precision (FP16/FP32) 65 TFLOPS.
    id: 't4-fp16', name: 'NVIDIA T4 (FP16 tensor core)', kind: 'gpu', precision: 'fp16',
    peakFlops: 65 * T, bandwidth: 320 * G,
    source: 'NVIDIA T4 Tensor Core GPU datasheet',
  },
  {
    // NVIDIA L4 Tensor Core GPU datasheet: FP32 30.3 TFLOPS, GDDR6 300 GB/s.
    id: 'l4', name: 'NVIDIA L4 (FP32)', kind: 'gpu', precision: 'fp32',
    peakFlops: 30.3 * T, bandwidth: 300 * G,
    source: 'NVIDIA L4 Tensor Core GPU datasheet',
  },
  {
    // NVIDIA Ada GPU Architecture whitepaper, GeForce RTX 4090: peak FP32 82.6 TFLOPS (non-tensor),
    // GDDR6X 21 Gbps x 384-bit = 1,008 GB/s.
    id: 'rtx4090', name: 'NVIDIA GeForce RTX 4090 (FP32)', kind: 'gpu', precision: 'fp32',
    peakFlops: 82.6 * T, bandwidth: 1008 * G,
    source: 'NVIDIA Ada GPU Architecture whitepaper (GeForce RTX 4090)',
  },
  {
    // NVIDIA Jetson Orin Nano Series datasheet (8GB module): 1024 CUDA cores at up to 625 MHz,
    // 128-bit LPDDR5 at 68 GB/s. FP32 = 1024 cores x 2 FLOPs per FMA x 0.625 GHz = 1.28 TFLOPS.
    id: 'jetson-orin-nano', name: 'NVIDIA Jetson Orin Nano 8GB (GPU, FP32)', kind: 'edge', precision: 'fp32',
    peakFlops: 1.28 * T, bandwidth: 68 * G,
    source: 'NVIDIA Jetson Orin Nano Series datasheet (8GB; FP32 derived from cores x clock)',
  },
  {
    // NVIDIA Jetson Orin Nano Super Developer Kit datasheet (Dec 2024, JetPack 6.1 "super" mode):
    // the same 1024 CUDA cores at up to 1020 MHz, LPDDR5 at 102 GB/s.
    // FP32 = 1024 cores x 2 FLOPs per FMA x 1.02 GHz = 2.089 TFLOPS.
    id: 'jetson-orin-nano-super', name: 'NVIDIA Jetson Orin Nano 8GB, super mode (GPU, FP32)', kind: 'edge', precision: 'fp32',
    peakFlops: 2.08896 * T, bandwidth: 102 * G,
    source: 'NVIDIA Jetson Orin Nano Super Developer Kit datasheet (FP32 derived from cores x clock)',
  },
  {
    // Google Pixel 8 tech specs: Google Tensor G3, 8 GB LPDDR5X. Google publishes no clocks or
    // bandwidth; the shipping clocks (read from devices at launch): 1x Cortex-X3 2.91 GHz,
    // 4x Cortex-A715 2.37 GHz, 4x Cortex-A510 1.70 GHz. FP32 FMA lanes per cycle from Arm's core
    // descriptions: X3 four 128-bit pipes (16 FMAs = 32 FLOPs), A715 two (16 FLOPs), A510 up to two
    // 128-bit pipes shared by a core pair (counted as 8 FLOPs per core):
    // 2.91 x 32 + 4 x 2.37 x 16 + 4 x 1.70 x 8 = 93.12 + 151.68 + 54.4 = 299.2 GFLOPS (all nine cores).
    // Memory: a 64-bit LPDDR5X bus at its fastest JEDEC rate, 8533 MT/s x 8 bytes = 68.3 GB/s. Both
    // figures are upper bounds, so the latency estimated from them stays a lower bound.
    id: 'pixel-8-cpu', name: 'Google Pixel 8 (Tensor G3 CPU, FP32 NEON)', kind: 'edge', precision: 'fp32',
    peakFlops: 299.2 * G, bandwidth: 68.264 * G,
    source: 'Google Pixel 8 tech specs (Tensor G3, LPDDR5X); FP32 and bandwidth derived (cores x clock x FLOPs/cycle; 64-bit LPDDR5X-8533)',
  },
  {
    // Apple newsroom "Apple unveils M2" (June 2022): 10-core GPU up to 3.6 TFLOPS, 100 GB/s
    // unified memory bandwidth.
    id: 'apple-m2', name: 'Apple M2 (10-core GPU, FP32)', kind: 'edge', precision: 'fp32',
    peakFlops: 3.6 * T, bandwidth: 100 * G,
    source: 'Apple newsroom, "Apple unveils M2" (2022-06-06)',
  },
  {
    // AMD EPYC 9654 product page: 96 cores, 2.4 GHz base, 12 channels DDR5-4800 (460.8 GB/s per
    // socket). Zen 4 issues two 256-bit FMAs per cycle: 16 FP32 FMAs = 32 FLOPs per cycle per core;
    // 96 x 2.4 GHz x 32 = 7.3728 TFLOPS at base clock.
    id: 'epyc-9654', name: 'AMD EPYC 9654 (1 socket, FP32 AVX-512)', kind: 'cpu', precision: 'fp32',
    peakFlops: 7.3728 * T, bandwidth: 460.8 * G,
    source: 'AMD EPYC 9654 product page (FP32 derived from cores x base clock x 32 FLOPs/cycle)',
  },
  {
    // Intel ARK, Xeon Platinum 8480+: 56 cores, 2.0 GHz base, 8 channels DDR5-4800 (8 x 38.4 =
    // 307.2 GB/s). Two AVX-512 FMA units: 32 FP32 FMAs = 64 FLOPs per cycle per core;
    // 56 x 2.0 GHz x 64 = 7.168 TFLOPS (AVX-512 clocks under load are lower: an upper bound).
    id: 'xeon-8480', name: 'Intel Xeon Platinum 8480+ (1 socket, FP32 AVX-512)', kind: 'cpu', precision: 'fp32',
    peakFlops: 7.168 * T, bandwidth: 307.2 * G,
    source: 'Intel ARK, Xeon Platinum 8480+ (FP32 derived from cores x base clock x 64 FLOPs/cycle)',
  },
  {
    // Raspberry Pi 5 product brief: BCM2712, 4x Cortex-A76 at 2.4 GHz, LPDDR4X-4267. Cortex-A76 has
    // two 128-bit NEON FMA pipes: 8 FP32 FMAs = 16 FLOPs per cycle per core; 4 x 2.4 GHz x 16 =
    // 153.6 GFLOPS. Memory: 4267 MT/s x 32-bit bus = 17.07 GB/s.
    id: 'rpi5', name: 'Raspberry Pi 5 (Cortex-A76 CPU, FP32 NEON)', kind: 'edge', precision: 'fp32',
    peakFlops: 153.6 * G, bandwidth: 17.068 * G,
    source: 'Raspberry Pi 5 product brief (FP32 derived from cores x clock x 16 FLOPs/cycle)',
  },
];

export function hardwarePreset(id: string): HardwareSpec | undefined {
  const wanted = id.trim().toLowerCase();
  return HARDWARE_PRESETS.find((h) => h.id === wanted);
}

/** A user-facing problem with a hardware option (unknown preset, unparsable unit). */
export class HardwareOptionError extends UsageError {
  override name = 'HardwareOptionError';
}

/** A unit the option cannot read, as a usage error naming the option. */
function option<T>(name: string, text: string, parse: (t: string) => T): T {
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof UnitError) throw new HardwareOptionError(`${name}: ${e.message}`);
    throw e;
  }
}

export interface HardwareOptions {
  /** A preset id (`--hardware a100`). */
  readonly hardware?: string;
  /** `--peak-flops 19.5T`: overrides the preset's peak, or with `bandwidth` defines custom hardware. */
  readonly peakFlops?: string;
  /** `--bandwidth 1.5TB/s`. */
  readonly bandwidth?: string;
}

/**
 * The hardware to estimate latency for, or undefined when no option asks for a roofline.
 * A preset with one number overridden keeps the preset's other number; without a preset both
 * numbers are required.
 */
export function resolveHardware(options: HardwareOptions): HardwareSpec | undefined {
  const { hardware, peakFlops, bandwidth } = options;
  if (hardware === undefined && peakFlops === undefined && bandwidth === undefined) return undefined;
  const flops = peakFlops === undefined ? undefined : option('--peak-flops', peakFlops, parseFlops);
  const bw = bandwidth === undefined ? undefined : option('--bandwidth', bandwidth, parseBandwidth);
  if (hardware !== undefined) {
    const preset = hardwarePreset(hardware);
    if (!preset) {
      throw new HardwareOptionError(`unknown hardware ${JSON.stringify(hardware)}; known: ${HARDWARE_PRESETS.map((h) => h.id).join(', ')} (or give --peak-flops and --bandwidth)`);
    }
    if (flops === undefined && bw === undefined) return preset;
    return {
      ...preset,
      id: `${preset.id}+custom`,
      name: `${preset.name} with custom ${[flops !== undefined ? 'peak FLOPS' : '', bw !== undefined ? 'bandwidth' : ''].filter(Boolean).join(' and ')}`,
      peakFlops: flops ?? preset.peakFlops,
      bandwidth: bw ?? preset.bandwidth,
      source: `${preset.source}, overridden by the user`,
    };
  }
  if (flops === undefined || bw === undefined) {
    throw new HardwareOptionError(`custom hardware needs both --peak-flops and --bandwidth (or pick a preset with --hardware: ${HARDWARE_PRESETS.map((h) => h.id).join(', ')})`);
  }
  return {
    id: 'custom', name: 'custom hardware', kind: 'custom', precision: 'custom',
    peakFlops: flops, bandwidth: bw, source: 'user-supplied',
  };
}
