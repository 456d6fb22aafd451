/**
 * The subset of TensorFlow Lite's schema (tensorflow/compiler/mlir/lite/schema/schema.fbs, schema
 * version 3, "TFL3") this reader needs, written from the schema's field order: field ids, the
 * BuiltinOperator and TensorType enums, and the builtin options tables in BuiltinOptions union
 * order. A union field takes two ids (its type tag, then its value).
 */
import type { DType } from '../../graph/dtype.js';

export { FILE_IDENTIFIER } from './signature.js';

export const MODEL = { version: 0, operatorCodes: 1, subgraphs: 2, description: 3, buffers: 4, metadataBuffer: 5, metadata: 6, signatureDefs: 7 } as const;
export const OPERATOR_CODE = { deprecatedBuiltinCode: 0, customCode: 1, version: 2, builtinCode: 3 } as const;
export const SUBGRAPH = { tensors: 0, inputs: 1, outputs: 2, operators: 3, name: 4 } as const;
export const TENSOR = {
  shape: 0, type: 1, buffer: 2, name: 3, quantization: 4, isVariable: 5, sparsity: 6, shapeSignature: 7, hasRank: 8,
} as const;
export const QUANTIZATION = { min: 0, max: 1, scale: 2, zeroPoint: 3, detailsType: 4, details: 5, quantizedDimension: 6 } as const;
export const SPARSITY = { traversalOrder: 0, blockMap: 1, dimMetadata: 2 } as const;
export const OPERATOR = {
  opcodeIndex: 0, inputs: 1, outputs: 2, builtinOptionsType: 3, builtinOptions: 4, customOptions: 5,
  customOptionsFormat: 6, mutatingVariableInputs: 7, intermediates: 8, largeCustomOptionsOffset: 9,
  largeCustomOptionsSize: 10, builtinOptions2Type: 11, builtinOptions2: 12,
} as const;
export const BUFFER = { data: 0, offset: 1, size: 2 } as const;
export const METADATA = { name: 0, buffer: 1 } as const;

/** TensorType code -> IR dtype; undefined for RESOURCE and VARIANT (handles, not data). */
export const TENSOR_TYPES: ReadonlyArray<{ name: string; dtype: DType | undefined }> = [
  { name: 'FLOAT32', dtype: 'float32' }, { name: 'FLOAT16', dtype: 'float16' }, { name: 'INT32', dtype: 'int32' },
  { name: 'UINT8', dtype: 'uint8' }, { name: 'INT64', dtype: 'int64' }, { name: 'STRING', dtype: 'string' },
  { name: 'BOOL', dtype: 'bool' }, { name: 'INT16', dtype: 'int16' }, { name: 'COMPLEX64', dtype: 'complex64' },
  { name: 'INT8', dtype: 'int8' }, { name: 'FLOAT64', dtype: 'float64' }, { name: 'COMPLEX128', dtype: 'complex128' },
  { name: 'UINT64', dtype: 'uint64' }, { name: 'RESOURCE', dtype: undefined }, { name: 'VARIANT', dtype: undefined },
  { name: 'UINT32', dtype: 'uint32' }, { name: 'UINT16', dtype: 'uint16' }, { name: 'INT4', dtype: 'int4' },
  { name: 'BFLOAT16', dtype: 'bfloat16' },
];

/** BuiltinOperator by code (index). Codes past the end are reported as BUILTIN_<code>. */
export const BUILTIN_OPERATORS: readonly string[] = (
  'ADD AVERAGE_POOL_2D CONCATENATION CONV_2D DEPTHWISE_CONV_2D DEPTH_TO_SPACE DEQUANTIZE EMBEDDING_LOOKUP FLOOR '
  + 'FULLY_CONNECTED HASHTABLE_LOOKUP L2_NORMALIZATION L2_POOL_2D LOCAL_RESPONSE_NORMALIZATION LOGISTIC LSH_PROJECTION '
  + 'LSTM MAX_POOL_2D MUL RELU RELU_N1_TO_1 RELU6 RESHAPE RESIZE_BILINEAR RNN SOFTMAX SPACE_TO_DEPTH SVDF TANH '
  + 'CONCAT_EMBEDDINGS SKIP_GRAM CALL CUSTOM EMBEDDING_LOOKUP_SPARSE PAD UNIDIRECTIONAL_SEQUENCE_RNN GATHER '
  + 'BATCH_TO_SPACE_ND SPACE_TO_BATCH_ND TRANSPOSE MEAN SUB DIV SQUEEZE UNIDIRECTIONAL_SEQUENCE_LSTM STRIDED_SLICE '
  + 'BIDIRECTIONAL_SEQUENCE_RNN EXP TOPK_V2 SPLIT LOG_SOFTMAX DELEGATE BIDIRECTIONAL_SEQUENCE_LSTM CAST PRELU MAXIMUM '
  + 'ARG_MAX MINIMUM LESS NEG PADV2 GREATER GREATER_EQUAL LESS_EQUAL SELECT SLICE SIN TRANSPOSE_CONV SPARSE_TO_DENSE '
  + 'TILE EXPAND_DIMS EQUAL NOT_EQUAL LOG SUM SQRT RSQRT SHAPE POW ARG_MIN FAKE_QUANT REDUCE_PROD REDUCE_MAX PACK '
  + 'LOGICAL_OR ONE_HOT LOGICAL_AND LOGICAL_NOT UNPACK REDUCE_MIN FLOOR_DIV REDUCE_ANY SQUARE ZEROS_LIKE FILL FLOOR_MOD '
  + 'RANGE RESIZE_NEAREST_NEIGHBOR LEAKY_RELU SQUARED_DIFFERENCE MIRROR_PAD ABS SPLIT_V UNIQUE CEIL REVERSE_V2 ADD_N '
  + 'GATHER_ND COS WHERE RANK ELU REVERSE_SEQUENCE MATRIX_DIAG QUANTIZE MATRIX_SET_DIAG ROUND HARD_SWISH IF WHILE '
  + 'NON_MAX_SUPPRESSION_V4 NON_MAX_SUPPRESSION_V5 SCATTER_ND SELECT_V2 DENSIFY SEGMENT_SUM BATCH_MATMUL '
  + 'PLACEHOLDER_FOR_GREATER_OP_CODES CUMSUM CALL_ONCE BROADCAST_TO RFFT2D CONV_3D IMAG REAL COMPLEX_ABS HASHTABLE '
  + 'HASHTABLE_FIND HASHTABLE_IMPORT HASHTABLE_SIZE REDUCE_ALL CONV_3D_TRANSPOSE VAR_HANDLE READ_VARIABLE '
  + 'ASSIGN_VARIABLE BROADCAST_ARGS RANDOM_STANDARD_NORMAL BUCKETIZE RANDOM_UNIFORM MULTINOMIAL GELU '
  + 'DYNAMIC_UPDATE_SLICE RELU_0_TO_1 UNSORTED_SEGMENT_PROD UNSORTED_SEGMENT_MAX UNSORTED_SEGMENT_SUM ATAN2 '
  + 'UNSORTED_SEGMENT_MIN SIGN BITCAST BITWISE_XOR RIGHT_SHIFT STABLEHLO_LOGISTIC STABLEHLO_ADD STABLEHLO_DIVIDE '
  + 'STABLEHLO_MULTIPLY STABLEHLO_MAXIMUM STABLEHLO_RESHAPE STABLEHLO_CLAMP STABLEHLO_CONCATENATE '
  + 'STABLEHLO_BROADCAST_IN_DIM STABLEHLO_CONVOLUTION STABLEHLO_SLICE STABLEHLO_CUSTOM_CALL STABLEHLO_REDUCE '
  + 'STABLEHLO_ABS STABLEHLO_AND STABLEHLO_COSINE STABLEHLO_EXPONENTIAL STABLEHLO_FLOOR STABLEHLO_LOG STABLEHLO_MINIMUM '
  + 'STABLEHLO_NEGATE STABLEHLO_OR STABLEHLO_POWER STABLEHLO_REMAINDER STABLEHLO_RSQRT STABLEHLO_SELECT '
  + 'STABLEHLO_SUBTRACT STABLEHLO_TANH STABLEHLO_SCATTER STABLEHLO_COMPARE STABLEHLO_CONVERT STABLEHLO_DYNAMIC_SLICE '
  + 'STABLEHLO_DYNAMIC_UPDATE_SLICE STABLEHLO_PAD STABLEHLO_IOTA STABLEHLO_DOT_GENERAL STABLEHLO_REDUCE_WINDOW '
  + 'STABLEHLO_SORT STABLEHLO_WHILE STABLEHLO_GATHER STABLEHLO_TRANSPOSE DILATE STABLEHLO_RNG_BIT_GENERATOR '
  + 'REDUCE_WINDOW STABLEHLO_COMPOSITE COMPLEX'
).split(' ');

/** Builtin codes that are not operators a model can run (markers, the custom-op code). */
export const NOT_AN_OPERATOR = new Set(['CUSTOM', 'DELEGATE', 'PLACEHOLDER_FOR_GREATER_OP_CODES']);

/**
 * Field kinds of options tables. Enums become strings (their schema names); TensorType becomes an
 * IR dtype name; vectors of ints/floats become lists.
 */
export type OptionKind =
  | 'bool' | 'byte' | 'int' | 'uint' | 'long' | 'float' | 'ints' | 'longs' | 'floats' | 'string'
  | 'padding' | 'activation' | 'tensortype' | 'skip' | `enum(${string})`;

export interface OptionField {
  readonly name: string;
  readonly kind: OptionKind;
  readonly def: number;
}

const OPTION_TABLES: Record<string, string> = {
  Conv2DOptions: 'padding:padding stride_w:int stride_h:int fused_activation_function:activation dilation_w_factor:int=1 dilation_h_factor:int=1 quantized_bias_type:tensortype',
  DepthwiseConv2DOptions: 'padding:padding stride_w:int stride_h:int depth_multiplier:int fused_activation_function:activation dilation_w_factor:int=1 dilation_h_factor:int=1',
  ConcatEmbeddingsOptions: 'num_channels:int num_columns_per_channel:ints embedding_dim_per_channel:ints',
  LSHProjectionOptions: 'type:enum(UNKNOWN,SPARSE,DENSE)',
  Pool2DOptions: 'padding:padding stride_w:int stride_h:int filter_width:int filter_height:int fused_activation_function:activation',
  SVDFOptions: 'rank:int fused_activation_function:activation asymmetric_quantize_inputs:bool',
  RNNOptions: 'fused_activation_function:activation asymmetric_quantize_inputs:bool',
  FullyConnectedOptions: 'fused_activation_function:activation weights_format:enum(DEFAULT,SHUFFLED4x16INT8) keep_num_dims:bool asymmetric_quantize_inputs:bool quantized_bias_type:tensortype',
  SoftmaxOptions: 'beta:float',
  ConcatenationOptions: 'axis:int fused_activation_function:activation',
  AddOptions: 'fused_activation_function:activation pot_scale_int16:bool=1',
  L2NormOptions: 'fused_activation_function:activation',
  LocalResponseNormalizationOptions: 'radius:int bias:float alpha:float beta:float',
  LSTMOptions: 'fused_activation_function:activation cell_clip:float proj_clip:float kernel_type:enum(FULL,BASIC) asymmetric_quantize_inputs:bool',
  ResizeBilinearOptions: 'new_height:skip new_width:skip align_corners:bool half_pixel_centers:bool',
  CallOptions: 'subgraph:uint',
  ReshapeOptions: 'new_shape:ints',
  SkipGramOptions: 'ngram_size:int max_skip_size:int include_all_ngrams:bool',
  SpaceToDepthOptions: 'block_size:int',
  EmbeddingLookupSparseOptions: 'combiner:enum(SUM,MEAN,SQRTN)',
  MulOptions: 'fused_activation_function:activation',
  PadOptions: '',
  GatherOptions: 'axis:int batch_dims:int',
  BatchToSpaceNDOptions: '',
  SpaceToBatchNDOptions: '',
  TransposeOptions: '',
  ReducerOptions: 'keep_dims:bool',
  SubOptions: 'fused_activation_function:activation pot_scale_int16:bool=1',
  DivOptions: 'fused_activation_function:activation',
  SqueezeOptions: 'squeeze_dims:ints',
  SequenceRNNOptions: 'time_major:bool fused_activation_function:activation asymmetric_quantize_inputs:bool',
  StridedSliceOptions: 'begin_mask:int end_mask:int ellipsis_mask:int new_axis_mask:int shrink_axis_mask:int offset:bool',
  ExpOptions: '',
  TopKV2Options: '',
  SplitOptions: 'num_splits:int',
  LogSoftmaxOptions: '',
  CastOptions: 'in_data_type:tensortype out_data_type:tensortype',
  DequantizeOptions: '',
  MaximumMinimumOptions: '',
  ArgMaxOptions: 'output_type:tensortype',
  LessOptions: '',
  NegOptions: '',
  PadV2Options: '',
  GreaterOptions: '',
  GreaterEqualOptions: '',
  LessEqualOptions: '',
  SelectOptions: '',
  SliceOptions: '',
  TransposeConvOptions: 'padding:padding stride_w:int stride_h:int fused_activation_function:activation quantized_bias_type:tensortype',
  SparseToDenseOptions: 'validate_indices:bool',
  TileOptions: '',
  ExpandDimsOptions: '',
  EqualOptions: '',
  NotEqualOptions: '',
  ShapeOptions: 'out_type:tensortype',
  PowOptions: '',
  ArgMinOptions: 'output_type:tensortype',
  FakeQuantOptions: 'min:float max:float num_bits:int narrow_range:bool',
  PackOptions: 'values_count:int axis:int',
  LogicalOrOptions: '',
  OneHotOptions: 'axis:int',
  LogicalAndOptions: '',
  LogicalNotOptions: '',
  UnpackOptions: 'num:int axis:int',
  FloorDivOptions: '',
  SquareOptions: '',
  ZerosLikeOptions: '',
  FillOptions: '',
  BidirectionalSequenceLSTMOptions: 'fused_activation_function:activation cell_clip:float proj_clip:float merge_outputs:bool time_major:bool=1 asymmetric_quantize_inputs:bool',
  BidirectionalSequenceRNNOptions: 'time_major:bool fused_activation_function:activation merge_outputs:bool asymmetric_quantize_inputs:bool',
  UnidirectionalSequenceLSTMOptions: 'fused_activation_function:activation cell_clip:float proj_clip:float time_major:bool asymmetric_quantize_inputs:bool diagonal_recurrent_tensors:bool',
  FloorModOptions: '',
  RangeOptions: '',
  ResizeNearestNeighborOptions: 'align_corners:bool half_pixel_centers:bool',
  LeakyReluOptions: 'alpha:float',
  SquaredDifferenceOptions: '',
  MirrorPadOptions: 'mode:enum(REFLECT,SYMMETRIC)',
  AbsOptions: '',
  SplitVOptions: 'num_splits:int',
  UniqueOptions: 'idx_out_type:tensortype=2',
  ReverseV2Options: '',
  AddNOptions: '',
  GatherNdOptions: '',
  CosOptions: '',
  WhereOptions: '',
  RankOptions: '',
  ReverseSequenceOptions: 'seq_dim:int batch_dim:int',
  MatrixDiagOptions: '',
  QuantizeOptions: '',
  MatrixSetDiagOptions: '',
  HardSwishOptions: '',
  IfOptions: 'then_subgraph_index:int else_subgraph_index:int',
  WhileOptions: 'cond_subgraph_index:int body_subgraph_index:int',
  DepthToSpaceOptions: 'block_size:int',
  NonMaxSuppressionV4Options: '',
  NonMaxSuppressionV5Options: '',
  ScatterNdOptions: '',
  SelectV2Options: '',
  DensifyOptions: '',
  SegmentSumOptions: '',
  BatchMatMulOptions: 'adj_x:bool adj_y:bool asymmetric_quantize_inputs:bool',
  CumsumOptions: 'exclusive:bool reverse:bool',
  CallOnceOptions: 'init_subgraph_index:int',
  BroadcastToOptions: '',
  Rfft2dOptions: '',
  Conv3DOptions: 'padding:padding stride_d:int stride_w:int stride_h:int fused_activation_function:activation dilation_d_factor:int=1 dilation_w_factor:int=1 dilation_h_factor:int=1',
  HashtableOptions: 'table_id:int key_dtype:tensortype value_dtype:tensortype',
  HashtableFindOptions: '',
  HashtableImportOptions: '',
  HashtableSizeOptions: '',
  VarHandleOptions: 'container:string shared_name:string',
  ReadVariableOptions: '',
  AssignVariableOptions: '',
  RandomOptions: 'seed:long seed2:long',
  BucketizeOptions: 'boundaries:floats',
  GeluOptions: 'approximate:bool',
  DynamicUpdateSliceOptions: '',
  UnsortedSegmentProdOptions: '',
  UnsortedSegmentMaxOptions: '',
  UnsortedSegmentMinOptions: '',
  UnsortedSegmentSumOptions: '',
  ATan2Options: '',
  SignOptions: '',
  BitcastOptions: '',
  BitwiseXorOptions: '',
  RightShiftOptions: '',
};

function parseFields(spec: string): OptionField[] {
  if (!spec) return [];
  return spec.split(' ').map((f) => {
    const [name, rest] = f.split(':') as [string, string];
    const [kind, def] = rest.split('=') as [OptionKind, string | undefined];
    return { name, kind, def: def === undefined ? 0 : Number(def) };
  });
}

/** Options tables by BuiltinOptions union tag (tag 0 is NONE). */
export const BUILTIN_OPTIONS: ReadonlyArray<{ table: string; fields: readonly OptionField[] } | undefined> = [
  undefined,
  ...Object.entries(OPTION_TABLES).map(([table, spec]) => ({ table, fields: parseFields(spec) })),
];

export const PADDING = ['SAME', 'VALID'];
export const ACTIVATIONS = ['NONE', 'RELU', 'RELU_N1_TO_1', 'RELU6', 'TANH', 'SIGN_BIT'];
