#!/usr/bin/env python3
"""Writes the Keras test fixtures in test/fixtures/keras/ with a real HDF5 library (Debian's
python3-h5py: `apt-get install python3-h5py`, then `/usr/bin/python3 scripts/make-keras-fixtures.py`).

Keras itself is not needed: each file is laid out as the Keras saving format describes it.
- `.keras` (Keras 3): a zip of metadata.json, config.json and model.weights.h5, whose groups are
  the object tree (`layers/<group>/vars/<i>`, nested models `layers/<group>/layers/<inner>/vars/<i>`,
  `optimizer/vars/<i>`), one dataset per variable in creation order. Keras names a layer's group
  after its class, not its name (keras/src/saving/saving_lib.py `_save_container_state`:
  `naming.to_snake_case(class name)`, then `_1`, `_2`... for repeats within one model's `layers`);
  a Sequential's `layers` leave out its InputLayer, a Functional model's keep it.
- legacy `.h5` (tf.keras 2): root attributes `model_config` (JSON), `keras_version`, `backend`;
  `model_weights` with `layer_names` and, per layer, `weight_names` and datasets at
  `<layer>/<weight name>` (`dense/dense/kernel:0`); `optimizer_weights` with its own `weight_names`.
- `.weights.h5` (Keras 3 `save_weights`): the same tree as model.weights.h5, without a config.
- tf.keras 2.13 `.keras`: the same, with `_layer_checkpoint_dependencies` where Keras 3 has `layers`.

The files are committed: `npm test` never needs Python. Values are zeros (only shapes and dtypes
are read); the hand-worked numbers live in test/formats/keras-reader.test.ts.
"""
import io
import json
import os
import sys
import zipfile

import h5py
import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures', 'keras')


def keras3_layer(class_name, name, config, input_shape=None, inbound=None, module='keras.layers'):
    layer = {'module': module, 'class_name': class_name, 'config': {'name': name, 'trainable': True, 'dtype': 'float32', **config}, 'registered_name': None}
    if input_shape is not None:
        layer['build_config'] = {'input_shape': input_shape}
    if inbound is not None:
        layer['name'] = name
        layer['inbound_nodes'] = [{'args': [{'class_name': '__keras_tensor__', 'config': {'shape': s, 'dtype': 'float32', 'keras_history': [src, 0, 0]}} for src, s in inbound], 'kwargs': {}}] if inbound else []
    return layer


def small_cnn_config():
    """Functional: image -> Rescaling -> Sequential block (Conv2D+relu, BN, MaxPool) -> Conv2D -> GAP -> Dropout -> Dense."""
    block = {
        'module': 'keras', 'class_name': 'Sequential', 'registered_name': None,
        'config': {'name': 'block', 'trainable': True, 'dtype': 'float32', 'layers': [
            {'module': 'keras.layers', 'class_name': 'InputLayer', 'registered_name': None, 'config': {'batch_shape': [None, 32, 32, 3], 'dtype': 'float32', 'sparse': False, 'name': 'block_input'}},
            keras3_layer('Conv2D', 'conv1', {'filters': 16, 'kernel_size': [3, 3], 'strides': [1, 1], 'padding': 'same', 'data_format': 'channels_last', 'dilation_rate': [1, 1], 'groups': 1, 'activation': 'relu', 'use_bias': True}, [None, 32, 32, 3]),
            keras3_layer('BatchNormalization', 'bn1', {'axis': -1, 'momentum': 0.99, 'epsilon': 0.001, 'center': True, 'scale': True}, [None, 32, 32, 16]),
            keras3_layer('MaxPooling2D', 'pool1', {'pool_size': [2, 2], 'padding': 'valid', 'strides': [2, 2], 'data_format': 'channels_last'}, [None, 32, 32, 16]),
        ], 'build_input_shape': [None, 32, 32, 3]},
        'build_config': {'input_shape': [None, 32, 32, 3]},
        'name': 'block',
        'inbound_nodes': [{'args': [{'class_name': '__keras_tensor__', 'config': {'shape': [None, 32, 32, 3], 'dtype': 'float32', 'keras_history': ['rescaling', 0, 0]}}], 'kwargs': {}}],
    }
    layers = [
        {'module': 'keras.layers', 'class_name': 'InputLayer', 'registered_name': None, 'config': {'batch_shape': [None, 32, 32, 3], 'dtype': 'float32', 'sparse': False, 'name': 'image'}, 'name': 'image', 'inbound_nodes': []},
        keras3_layer('Rescaling', 'rescaling', {'scale': 1 / 255, 'offset': 0.0}, [None, 32, 32, 3], [('image', [None, 32, 32, 3])]),
        block,
        keras3_layer('Conv2D', 'conv2', {'filters': 32, 'kernel_size': [3, 3], 'strides': [1, 1], 'padding': 'valid', 'data_format': 'channels_last', 'dilation_rate': [1, 1], 'groups': 1, 'activation': 'relu', 'use_bias': True}, [None, 16, 16, 16], [('block', [None, 16, 16, 16])]),
        keras3_layer('GlobalAveragePooling2D', 'gap', {'data_format': 'channels_last', 'keepdims': False}, [None, 14, 14, 32], [('conv2', [None, 14, 14, 32])]),
        keras3_layer('Dropout', 'dropout', {'rate': 0.5, 'seed': None, 'noise_shape': None}, [None, 32], [('gap', [None, 32])]),
        keras3_layer('Dense', 'logits', {'units': 10, 'activation': 'softmax', 'use_bias': True}, [None, 32], [('dropout', [None, 32])]),
    ]
    return {
        'module': 'keras.src.models.functional', 'class_name': 'Functional', 'registered_name': 'Functional',
        'config': {'name': 'small_cnn', 'trainable': True, 'layers': layers, 'input_layers': [['image', 0, 0]], 'output_layers': [['logits', 0, 0]]},
        'build_config': {'input_shape': None},
        'compile_config': {'optimizer': {'module': 'keras.optimizers', 'class_name': 'Adam', 'config': {'name': 'adam', 'learning_rate': 0.001}}, 'loss': 'sparse_categorical_crossentropy'},
    }


def small_cnn_weights(f):
    """Variables in creation order per layer; Adam keeps iterations, learning_rate, then m and v per trainable variable."""
    def vars_group(path, arrays):
        g = f.create_group(path)
        for i, a in enumerate(arrays):
            g.create_dataset(str(i), data=a)
    z = lambda *s: np.zeros(s, dtype='float32')
    f.create_group('vars')
    # Groups by class (the config names the layers image, rescaling, block, conv1, bn1, pool1, conv2, gap, dropout, logits);
    # the block's InputLayer has none (Sequential.layers leaves it out); each model counts its own repeats (conv2d twice, bare).
    vars_group('layers/input_layer/vars', [])
    vars_group('layers/rescaling/vars', [])
    vars_group('layers/sequential/vars', [])
    conv1 = [z(3, 3, 3, 16), z(16)]
    bn1 = [z(16), z(16), z(16), z(16)]  # gamma, beta, moving_mean, moving_variance
    vars_group('layers/sequential/layers/conv2d/vars', conv1)
    vars_group('layers/sequential/layers/batch_normalization/vars', bn1)
    vars_group('layers/sequential/layers/max_pooling2d/vars', [])
    conv2 = [z(3, 3, 16, 32), z(32)]
    vars_group('layers/conv2d/vars', conv2)
    vars_group('layers/global_average_pooling2d/vars', [])
    vars_group('layers/dropout/vars', [])
    vars_group('layers/dropout/seed_generator/vars', [np.zeros(2, dtype='int64')])
    logits = [z(32, 10), z(10)]
    vars_group('layers/dense/vars', logits)
    trainable = conv1 + bn1[:2] + conv2 + logits
    opt = [np.zeros((), dtype='int64'), np.zeros((), dtype='float32')]
    for a in trainable:
        opt += [np.zeros_like(a), np.zeros_like(a)]
    vars_group('optimizer/vars', opt)


def write_keras_zip(path, config, weights_writer, keras_version='3.3.3'):
    buf = io.BytesIO()
    with h5py.File(buf, 'w') as f:
        weights_writer(f)
    with zipfile.ZipFile(path, 'w') as zf:
        zf.writestr('metadata.json', json.dumps({'keras_version': keras_version, 'date_saved': '2026-11-29@17:00:00'}))
        zf.writestr('config.json', json.dumps(config))
        zf.writestr('model.weights.h5', buf.getvalue())


MLP_LEGACY_CONFIG = {
    'class_name': 'Sequential',
    'config': {'name': 'mlp', 'layers': [
        {'class_name': 'InputLayer', 'config': {'batch_input_shape': [None, 100], 'dtype': 'float32', 'sparse': False, 'ragged': False, 'name': 'input_1'}},
        {'class_name': 'Dense', 'config': {'name': 'dense', 'trainable': True, 'dtype': 'float32', 'units': 32, 'activation': 'relu', 'use_bias': True}},
        {'class_name': 'BatchNormalization', 'config': {'name': 'batch_normalization', 'trainable': True, 'dtype': 'float32', 'axis': [1], 'momentum': 0.99, 'epsilon': 0.001, 'center': True, 'scale': True}},
        {'class_name': 'Dropout', 'config': {'name': 'dropout', 'trainable': True, 'dtype': 'float32', 'rate': 0.2}},
        {'class_name': 'Dense', 'config': {'name': 'dense_1', 'trainable': True, 'dtype': 'float32', 'units': 10, 'activation': 'softmax', 'use_bias': True}},
    ]},
    'keras_version': '2.15.0', 'backend': 'tensorflow',
}

MLP_LEGACY_WEIGHTS = [
    ('dense', [('kernel:0', (100, 32)), ('bias:0', (32,))]),
    ('batch_normalization', [('gamma:0', (32,)), ('beta:0', (32,)), ('moving_mean:0', (32,)), ('moving_variance:0', (32,))]),
    ('dropout', []),
    ('dense_1', [('kernel:0', (32, 10)), ('bias:0', (10,))]),
]


def write_legacy_h5(path, with_optimizer, **file_kwargs):
    with h5py.File(path, 'w', **file_kwargs) as f:
        f.attrs['keras_version'] = b'2.15.0'
        f.attrs['backend'] = b'tensorflow'
        f.attrs['model_config'] = json.dumps(MLP_LEGACY_CONFIG).encode('utf8')
        mw = f.create_group('model_weights')
        mw.attrs['layer_names'] = np.array([n.encode('utf8') for n, _ in MLP_LEGACY_WEIGHTS])
        mw.attrs['backend'] = b'tensorflow'
        mw.attrs['keras_version'] = b'2.15.0'
        trainable = []
        for layer, weights in MLP_LEGACY_WEIGHTS:
            g = mw.create_group(layer)
            g.attrs['weight_names'] = np.array([f'{layer}/{w}'.encode('utf8') for w, _ in weights], dtype='S')
            for w, shape in weights:
                g.create_dataset(f'{layer}/{w}', data=np.zeros(shape, dtype='float32'))
                if 'moving' not in w:
                    trainable.append((f'{layer}/{w}', shape))
        if with_optimizer:
            f.attrs['training_config'] = json.dumps({'optimizer_config': {'class_name': 'Adam', 'config': {'learning_rate': 0.001}}, 'loss': 'categorical_crossentropy'}).encode('utf8')
            ow = f.create_group('optimizer_weights')
            names = ['Adam/iter:0'] + [f'Adam/{name.replace(":0", "")}/{slot}:0' for name, _ in trainable for slot in ('m', 'v')]
            ow.attrs['weight_names'] = np.array([n.encode('utf8') for n in names])
            ow.create_dataset('Adam/iter:0', data=np.zeros((), dtype='int64'))
            for name, shape in trainable:
                for slot in ('m', 'v'):
                    ow.create_dataset(f'Adam/{name.replace(":0", "")}/{slot}:0', data=np.zeros(shape, dtype='float32'))


def write_weights_h5(path):
    """Keras 3 `model.save_weights('x.weights.h5')` of the MLP (float16 weights, to show bytes by dtype); its
    layer names happen to be the groups Keras names by class (dense, batch_normalization, dropout, dense_1)."""
    with h5py.File(path, 'w') as f:
        f.create_group('vars')
        for layer, weights in MLP_LEGACY_WEIGHTS:
            g = f.create_group(f'layers/{layer}/vars')
            for i, (_, shape) in enumerate(weights):
                g.create_dataset(str(i), data=np.zeros(shape, dtype='float16'))


def mlp_tf213_config():
    """The MLP as tf.keras 2.13 serialises it in a `.keras` config.json (module/class_name/config per layer)."""
    layers = [{'module': 'keras.layers', 'class_name': l['class_name'], 'config': l['config'], 'registered_name': None} for l in MLP_LEGACY_CONFIG['config']['layers']]
    return {'module': 'keras', 'class_name': 'Sequential', 'config': {'name': 'mlp', 'layers': layers}, 'registered_name': None, 'build_config': {'input_shape': [None, 100]}}


def mlp_tf213_weights(f):
    """tf.keras 2.13's saving_lib walks `_layer_checkpoint_dependencies`, a dict holding a layer with
    weights twice (`layer_with_weights-<k>`, then `layer-<i>`); the second visit saves nothing but
    takes the next name: Dense -> dense (dense_1 taken), BatchNormalization -> batch_normalization,
    Dropout -> dropout, Dense -> dense_2. The Sequential's InputLayer is not in its layers."""
    f.create_group('vars')
    groups = {'dense': 'dense', 'batch_normalization': 'batch_normalization', 'dropout': 'dropout', 'dense_1': 'dense_2'}
    for layer, weights in MLP_LEGACY_WEIGHTS:
        g = f.create_group(f'_layer_checkpoint_dependencies/{groups[layer]}/vars')
        for i, (_, shape) in enumerate(weights):
            g.create_dataset(str(i), data=np.zeros(shape, dtype='float32'))


def write_legacy_weights_only(path):
    """tf.keras 2 `model.save_weights('x.h5')`: the layer groups at the root, `layer_names` as a root attribute."""
    with h5py.File(path, 'w') as f:
        f.attrs['layer_names'] = np.array([n.encode('utf8') for n, _ in MLP_LEGACY_WEIGHTS])
        f.attrs['backend'] = b'tensorflow'
        f.attrs['keras_version'] = b'2.15.0'
        for layer, weights in MLP_LEGACY_WEIGHTS:
            g = f.create_group(layer)
            g.attrs['weight_names'] = np.array([f'{layer}/{w}'.encode('utf8') for w, _ in weights], dtype='S')
            for w, shape in weights:
                g.create_dataset(f'{layer}/{w}', data=np.zeros(shape, dtype='float32'))


def write_state_weights_h5(path):
    """A Keras 3 weights file whose model also saved its metric trackers' state (total, count) beside its layers."""
    with h5py.File(path, 'w') as f:
        f.create_group('vars')
        g = f.create_group('layers/dense/vars')
        g.create_dataset('0', data=np.zeros((4, 2), dtype='float32'))
        g.create_dataset('1', data=np.zeros(2, dtype='float32'))
        m = f.create_group('compile_metrics/vars')
        m.create_dataset('0', data=np.zeros((), dtype='float32'))
        m.create_dataset('1', data=np.zeros((), dtype='float32'))


def write_lstm_weights_h5(path):
    """Keras 3 `save_weights` of Sequential([LSTM(8)]) on 3 features: the LSTM keeps its variables in its
    cell (`layers/lstm/cell/vars`: kernel 3x32, recurrent_kernel 8x32, bias 32), a class the reader
    does not name variables for."""
    with h5py.File(path, 'w') as f:
        f.create_group('vars')
        f.create_group('layers/lstm/vars')
        g = f.create_group('layers/lstm/cell/vars')
        for i, shape in enumerate([(3, 32), (8, 32), (32,)]):
            g.create_dataset(str(i), data=np.zeros(shape, dtype='float32'))


def write_dataset_h5(path):
    """An HDF5 file that is no Keras model (a small netCDF4-like dataset): a default `**/*.h5` glob must skip it."""
    with h5py.File(path, 'w', track_order=False) as f:
        f.attrs['Conventions'] = 'CF-1.8'
        f.attrs['title'] = 'surface temperature'
        d = f.create_dataset('temperature', data=np.arange(64, dtype='float32').reshape(8, 8), track_times=False)
        d.attrs['units'] = 'K'
        f.create_dataset('lat', data=np.linspace(-70, 70, 8, dtype='float32'), track_times=False)


def write_long_path_h5(path):
    """A Keras 3 weights file whose one layer group is named with 5,000 characters: its datasets'
    paths pass the reader's 4,096-character path limit (nested long names made a 485 KB file take
    20 s and 320 MB before it)."""
    with h5py.File(path, 'w') as f:
        f.create_group('vars')
        g = f.create_group('layers/' + 'n' * 5000 + '/vars')
        g.create_dataset('0', data=np.zeros(2, dtype='float32'))


def channels_first_config():
    """Sequential on [None, 3, 16, 16] (channels first): Conv2D 8 3x3 same relu, MaxPooling2D 2x2,
    Conv2DTranspose 4 2x2 stride 2 same, GlobalAveragePooling2D, Dense 5."""
    cf = {'data_format': 'channels_first'}
    layers = [
        {'module': 'keras.layers', 'class_name': 'InputLayer', 'registered_name': None, 'config': {'batch_shape': [None, 3, 16, 16], 'dtype': 'float32', 'sparse': False, 'name': 'image'}},
        keras3_layer('Conv2D', 'conv', {'filters': 8, 'kernel_size': [3, 3], 'strides': [1, 1], 'padding': 'same', 'dilation_rate': [1, 1], 'groups': 1, 'activation': 'relu', 'use_bias': True, **cf}, [None, 3, 16, 16]),
        keras3_layer('MaxPooling2D', 'pool', {'pool_size': [2, 2], 'padding': 'valid', 'strides': [2, 2], **cf}, [None, 8, 16, 16]),
        keras3_layer('Conv2DTranspose', 'up', {'filters': 4, 'kernel_size': [2, 2], 'strides': [2, 2], 'padding': 'same', 'dilation_rate': [1, 1], 'activation': 'linear', 'use_bias': True, **cf}, [None, 8, 8, 8]),
        keras3_layer('GlobalAveragePooling2D', 'gap', {'keepdims': False, **cf}, [None, 4, 16, 16]),
        keras3_layer('Dense', 'head', {'units': 5, 'activation': 'linear', 'use_bias': True}, [None, 4]),
    ]
    return {'module': 'keras', 'class_name': 'Sequential', 'registered_name': None, 'config': {'name': 'cf', 'trainable': True, 'dtype': 'float32', 'layers': layers}, 'build_config': {'input_shape': [None, 3, 16, 16]}}


def channels_first_weights(f):
    """Keras keeps its kernel layout whatever the data format: Conv2D (kh, kw, in, out), Conv2DTranspose (kh, kw, out, in)."""
    z = lambda *s: np.zeros(s, dtype='float32')
    # Groups by class; the Sequential's InputLayer ('image') has none.
    for name, arrays in [('conv2d', [z(3, 3, 3, 8), z(8)]), ('max_pooling2d', []), ('conv2d_transpose', [z(2, 2, 4, 8), z(4)]), ('global_average_pooling2d', []), ('dense', [z(4, 5), z(5)])]:
        g = f.create_group(f'layers/{name}/vars')
        for i, a in enumerate(arrays):
            g.create_dataset(str(i), data=a)
    f.create_group('vars')


FIXTURES = {
    'small_cnn.keras': lambda p: write_keras_zip(p, small_cnn_config(), small_cnn_weights),
    'mlp_legacy.h5': lambda p: write_legacy_h5(p, with_optimizer=True),
    # The same model with the newest HDF5 layouts (superblock v3, v2 object headers, link messages) behind a 512-byte user block.
    'mlp_latest_userblock.h5': lambda p: write_legacy_h5(p, with_optimizer=False, libver='latest', userblock_size=512),
    'mlp.weights.h5': write_weights_h5,
    'dense_with_metrics.weights.h5': write_state_weights_h5,
    'lstm.weights.h5': write_lstm_weights_h5,
    'mlp_legacy_weights_only.h5': write_legacy_weights_only,
    'not_keras_dataset.h5': write_dataset_h5,
    'long_path.weights.h5': write_long_path_h5,
    'channels_first.keras': lambda p: write_keras_zip(p, channels_first_config(), channels_first_weights),
    'mlp_tf213.keras': lambda p: write_keras_zip(p, mlp_tf213_config(), mlp_tf213_weights, keras_version='2.13.1'),
}


def main():
    """Writes every fixture, or only those named on the command line (the others keep their bytes)."""
    os.makedirs(OUT, exist_ok=True)
    names = sys.argv[1:] or list(FIXTURES)
    for name in names:
        FIXTURES[name](os.path.join(OUT, name))
        print(name, os.path.getsize(os.path.join(OUT, name)))


if __name__ == '__main__':
    main()
