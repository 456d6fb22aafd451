#!/usr/bin/env python3
"""Exports torchvision models and hand-written modules to ONNX for check.py (random weights).

  python3 scripts/onnx-crosscheck/export.py SET OUT   SET: zoo, opsets, seg, det, hand, hand2, hand3,
                                                     old, quant; OUT: a folder outside the repository

Needs torch 1.13 / torchvision 0.14 (Debian's python3-torch, python3-torchvision). Each set writes
meta_SET.json beside the files (torch's parameter count, opset, export error if any). Exports that
torch 1.13 cannot do are recorded, not fatal. hand3 exports with autograd on: in eval under
no_grad, nn.MultiheadAttention takes a fused path that torch.onnx 1.13 cannot export.
"""
import sys, json, os, torch, torchvision
import torch.nn as nn, torch.nn.functional as F
torch.set_num_threads(1)
tv = torchvision.models
if len(sys.argv) != 3: sys.exit(__doc__)
OUT = sys.argv[2]  # outside the repository: exports are tens of MB
os.makedirs(OUT, exist_ok=True)
META = OUT + '/meta_' + sys.argv[1] + '.json'
meta = {}
if os.path.exists(META): meta = json.load(open(META))

def export(name, m, args, opset=13, dyn=None, fold=True, input_names=None):
    path = f'{OUT}/{name}.onnx'
    m = m.eval()
    if os.path.exists(path) and name in meta: return
    try:
        with torch.set_grad_enabled(NOGRAD_OFF):
            torch.onnx.export(m, args, path, opset_version=opset, dynamic_axes=dyn, do_constant_folding=fold,
                              input_names=input_names, training=torch.onnx.TrainingMode.EVAL)
        meta[name] = {'torch_params': sum(p.numel() for p in m.parameters()), 'opset': opset, 'dyn': bool(dyn), 'fold': fold}
    except Exception as e:
        meta[name] = {'export_error': repr(e)[:300]}
    json.dump(meta, open(META, 'w'), indent=1)
    print(name, meta[name], flush=True)

x224 = torch.randn(1, 3, 224, 224)
which = sys.argv[1]
NOGRAD_OFF = which == 'hand3'
if which == 'zoo':
    for n in ['resnet18', 'resnet50', 'resnext50_32x4d', 'wide_resnet50_2', 'densenet121', 'googlenet', 'mobilenet_v2', 'mobilenet_v3_small',
              'mobilenet_v3_large', 'efficientnet_b0', 'efficientnet_v2_s', 'regnet_x_400mf', 'regnet_y_400mf', 'mnasnet0_5', 'mnasnet1_0',
              'convnext_tiny', 'vit_b_16', 'swin_t', 'swin_v2_t', 'maxvit_t', 'squeezenet1_1', 'shufflenet_v2_x1_0', 'alexnet', 'vgg11_bn']:
        if not hasattr(tv, n): meta[n] = {'export_error': 'not in torchvision 0.14'}; continue
        kw = {'aux_logits': False, 'init_weights': False} if n == 'googlenet' else {}
        export(n + '_o13', getattr(tv, n)(weights=None, **kw), x224, 13)
    export('inception_v3_o13', tv.inception_v3(weights=None, aux_logits=False, init_weights=False), torch.randn(1, 3, 299, 299), 13)
    json.dump(meta, open(META, 'w'), indent=1)
elif which == 'opsets':
    for op in [11, 17]:
        for n in ['resnet18', 'mobilenet_v3_small', 'efficientnet_b0', 'convnext_tiny', 'vit_b_16', 'swin_t', 'regnet_y_400mf']:
            export(f'{n}_o{op}', getattr(tv, n)(weights=None), x224, op)
    export('resnet18_o13_nofold', tv.resnet18(weights=None), x224, 13, fold=False)
    export('mobilenet_v3_small_o13_nofold', tv.mobilenet_v3_small(weights=None), x224, 13, fold=False)
    export('resnet18_o13_dynbatch', tv.resnet18(weights=None), x224, 13, dyn={'x': {0: 'batch'}}, input_names=['x'])
    export('resnet18_o13_dynhw', tv.resnet18(weights=None), x224, 13, dyn={'x': {0: 'batch', 2: 'h', 3: 'w'}}, input_names=['x'])
    export('vit_b_16_o17_dynbatch', tv.vit_b_16(weights=None), x224, 17, dyn={'x': {0: 'batch'}}, input_names=['x'])
elif which == 'seg':
    x = torch.randn(1, 3, 128, 128)
    for n in ['fcn_resnet50', 'deeplabv3_mobilenet_v3_large', 'lraspp_mobilenet_v3_large']:
        for op in [11, 13]:
            export(f'{n}_o{op}', getattr(tv.segmentation, n)(weights=None, weights_backbone=None, **({'aux_loss': False} if n != 'lraspp_mobilenet_v3_large' else {})), x, op)
elif which == 'hand':
    class Seq(nn.Module):
        def __init__(self, *mods): super().__init__(); self.m = nn.ModuleList(mods)
        def forward(self, x):
            for m in self.m: x = m(x)
            return x
    class Fn(nn.Module):
        def __init__(self, f, *mods): super().__init__(); self.f = f; self.mods = nn.ModuleList(mods)
        def forward(self, *a): return self.f(self.mods, *a)
    cases = {
      'convT_g2_d2_op1': (nn.ConvTranspose2d(8, 12, 3, stride=2, padding=1, output_padding=1, groups=2, dilation=2), torch.randn(1, 8, 10, 10)),
      'convT_s3_pad': (nn.ConvTranspose2d(4, 6, (3, 5), stride=(3, 2), padding=(1, 2), output_padding=(2, 1)), torch.randn(2, 4, 7, 9)),
      'convT1d': (nn.ConvTranspose1d(4, 6, 4, stride=2, padding=1), torch.randn(1, 4, 16)),
      'convT3d': (nn.ConvTranspose3d(4, 6, 3, stride=2, padding=1, output_padding=1), torch.randn(1, 4, 4, 5, 6)),
      'conv1d_dil': (nn.Conv1d(6, 9, 5, stride=2, padding=3, dilation=3, groups=3), torch.randn(2, 6, 50)),
      'conv3d': (nn.Conv3d(3, 8, (3, 3, 3), stride=(1, 2, 2), padding=1), torch.randn(1, 3, 8, 16, 16)),
      'conv2d_dil_same': (nn.Conv2d(8, 8, 3, padding='same', dilation=2, groups=8), torch.randn(1, 8, 17, 19)),
      'conv2d_pad_mode': (nn.Conv2d(3, 4, 3, padding=2, padding_mode='reflect'), torch.randn(1, 3, 12, 12)),
      'lstm_bi_2l': (nn.LSTM(10, 16, num_layers=2, bidirectional=True, batch_first=True), torch.randn(3, 7, 10)),
      'gru_bi': (nn.GRU(10, 16, bidirectional=True), torch.randn(7, 3, 10)),
      'rnn_tanh': (nn.RNN(10, 16, num_layers=2), torch.randn(7, 3, 10)),
      'lstm_proj': (nn.LSTM(10, 16, proj_size=8), torch.randn(7, 3, 10)),
      'bn_nofold_seq': (Seq(nn.Conv2d(3, 8, 3), nn.BatchNorm2d(8), nn.ReLU(), nn.BatchNorm2d(8)), torch.randn(1, 3, 16, 16)),
      'norms': (Seq(nn.Conv2d(3, 8, 3), nn.GroupNorm(2, 8), nn.InstanceNorm2d(8, affine=True), nn.InstanceNorm2d(8)), torch.randn(1, 3, 16, 16)),
      'layernorm': (Seq(nn.Linear(12, 24), nn.LayerNorm(24), nn.GELU(), nn.Linear(24, 5)), torch.randn(2, 9, 12)),
      'pool_ceil': (Seq(nn.MaxPool2d(3, 2, ceil_mode=True), nn.AvgPool2d(3, 2, padding=1, ceil_mode=True, count_include_pad=False), nn.AdaptiveAvgPool2d((3, 5)), nn.Conv2d(4, 4, 1)), torch.randn(1, 4, 20, 23)),
      'pixel_shuffle': (Seq(nn.Conv2d(4, 16, 3, padding=1), nn.PixelShuffle(2), nn.Conv2d(4, 4, 3), nn.PixelUnshuffle(2), nn.Conv2d(16, 2, 1)), torch.randn(1, 4, 10, 10)),
      'interp_modes': (Fn(lambda ms, x: ms[0](torch.cat([F.interpolate(x, scale_factor=2, mode='nearest'), F.interpolate(x, size=(20, 20), mode='bilinear', align_corners=False), F.interpolate(x, size=(20, 20), mode='bicubic', align_corners=True), F.interpolate(x, scale_factor=2.0, mode='bilinear', align_corners=True)], 1)), nn.Conv2d(12, 5, 3)), torch.randn(1, 3, 10, 10)),
      'upsample_conv': (Seq(nn.Upsample(scale_factor=2), nn.Conv2d(3, 6, 3), nn.Upsample(scale_factor=(1.5, 2), mode='bilinear')), torch.randn(1, 3, 8, 8)),
      'mha': (Fn(lambda ms, x: ms[0](x, x, x)[0], nn.MultiheadAttention(32, 4)), torch.randn(10, 2, 32)),
      'mha_bf_kdim': (Fn(lambda ms, q, k: ms[0](q, k, k, need_weights=False)[0], nn.MultiheadAttention(32, 4, kdim=20, vdim=20, batch_first=True)), (torch.randn(2, 6, 32), torch.randn(2, 9, 20))),
      'linear_3d_bias': (nn.Linear(12, 7), torch.randn(2, 5, 12)),
      'bilinear': (nn.Bilinear(5, 6, 7), (torch.randn(3, 5), torch.randn(3, 6))),
      'embedding': (Seq(nn.Embedding(100, 16), nn.Linear(16, 4)), torch.randint(0, 100, (2, 9))),
      'tied_linear': None,
    }
    cases['einsum3'] = (Fn(lambda ms, a, b, c: torch.einsum('ij,jk,kl->il', a, b, c)), (torch.randn(8, 9), torch.randn(9, 10), torch.randn(10, 11)))
    class Tied(nn.Module):
        def __init__(self): super().__init__(); self.e = nn.Embedding(50, 16); self.l = nn.Linear(16, 50, bias=False); self.l.weight = self.e.weight
        def forward(self, x): return self.l(self.e(x))
    cases['tied_linear'] = (Tied(), torch.randint(0, 50, (2, 9)))
    for op in [11, 13, 17]:
        for n, (m, a) in cases.items():
            export(f'{n}_o{op}', m, a if isinstance(a, tuple) else (a,), op)
    export('lstm_bi_2l_o13_dynseq', cases['lstm_bi_2l'][0], (cases['lstm_bi_2l'][1],), 13, dyn={'x': {0: 'batch', 1: 'seq'}}, input_names=['x'])
    export('mha_o13_dynseq', cases['mha'][0], (cases['mha'][1],), 13, dyn={'x': {0: 'seq', 1: 'batch'}}, input_names=['x'])
    export('convT_g2_d2_op1_o13_dyn', cases['convT_g2_d2_op1'][0], (cases['convT_g2_d2_op1'][1],), 13, dyn={'x': {0: 'batch', 2: 'h', 3: 'w'}}, input_names=['x'])
    export('bn_nofold_seq_o13_nofold', cases['bn_nofold_seq'][0], (cases['bn_nofold_seq'][1],), 13, fold=False)
    export('norms_o17_nofold', cases['norms'][0], (cases['norms'][1],), 17, fold=False)
elif which == 'hand2':
    class Fn(nn.Module):
        def __init__(self, f, *mods): super().__init__(); self.f = f; self.mods = nn.ModuleList(mods)
        def forward(self, *a): return self.f(self.mods, *a)
    cases = {
      'conv2d_dil_dw': (nn.Conv2d(8, 8, 3, padding=2, dilation=2, groups=8), torch.randn(1, 8, 17, 19)),
      'pool_ceil2': (nn.Sequential(nn.MaxPool2d(3, 2, ceil_mode=True), nn.AvgPool2d(3, 2, padding=1, ceil_mode=True, count_include_pad=False), nn.Conv2d(4, 4, 1), nn.AdaptiveAvgPool2d((3, 2)), nn.Conv2d(4, 4, 1)), torch.randn(1, 4, 22, 15)),
      'einsum2': (Fn(lambda ms, a, b: torch.einsum('bhid,bhjd->bhij', a, b).sum() + torch.einsum('bij,jk->bik', a.sum(1), ms[0].weight.t()), nn.Linear(4, 7)), (torch.randn(2, 3, 5, 4), torch.randn(2, 3, 6, 4))),
      'transformer_enc': (nn.TransformerEncoder(nn.TransformerEncoderLayer(32, 4, 64, batch_first=True), 2), torch.randn(2, 10, 32)),
    }
    for op in [11, 13, 17]:
        for n, (m, a) in cases.items():
            export(f'{n}_o{op}', m, a if isinstance(a, tuple) else (a,), op)
elif which == 'hand3':
    class Fn(nn.Module):
        def __init__(self, f, *mods): super().__init__(); self.f = f; self.mods = nn.ModuleList(mods)
        def forward(self, *a): return self.f(self.mods, *a)
    cases = {
      'matmul_bcast3': (Fn(lambda ms, a, b: torch.matmul(a, b) + torch.matmul(a[0, 0, 0], b)[:, None, 0:1]), (torch.randn(2, 1, 4, 6), torch.randn(3, 6, 5))),
      'transformer_enc': (nn.TransformerEncoder(nn.TransformerEncoderLayer(32, 4, 64, batch_first=True), 2), torch.randn(2, 10, 32)),
    }
    for op in [13, 17]:
        for n, (m, a) in cases.items():
            export(f'{n}_o{op}', m, a if isinstance(a, tuple) else (a,), op)
    for op in [13, 17]:
        export(f'vit_b_16_o{op}', tv.vit_b_16(weights=None), x224, op)
    export('vit_b_16_o17_dynbatch', tv.vit_b_16(weights=None), x224, 17, dyn={'x': {0: 'batch'}}, input_names=['x'])
elif which == 'det':
    d = torchvision.models.detection
    x = [torch.randn(3, 320, 320)]
    for n, kw in [('ssdlite320_mobilenet_v3_large', {}), ('fasterrcnn_mobilenet_v3_large_320_fpn', {}), ('retinanet_resnet50_fpn', {'min_size': 320, 'max_size': 320}), ('maskrcnn_resnet50_fpn', {'min_size': 320, 'max_size': 320})]:
        for op in [11, 13]:
            export(f'{n}_o{op}', getattr(d, n)(weights=None, weights_backbone=None, **kw), (x,), op)
elif which == 'old':
    class Up(nn.Module):
        def __init__(self): super().__init__(); self.c = nn.Conv2d(3, 4, 3, padding=1); self.t = nn.ConvTranspose2d(4, 2, 2, stride=2)
        def forward(self, x): return self.t(F.interpolate(self.c(x), scale_factor=2, mode='nearest')), F.interpolate(x, scale_factor=2, mode='bilinear')[:, :, 1:-1:2]
    for op in [9, 10]:
        export(f'upsample_o{op}', Up(), (torch.randn(1, 3, 8, 8),), op)
        export(f'resnet18_o{op}', tv.resnet18(weights=None), x224, op)
        export(f'mobilenet_v3_small_o{op}', tv.mobilenet_v3_small(weights=None), x224, op)
        export(f'gru_o{op}', nn.GRU(10, 16, bidirectional=True, num_layers=2), (torch.randn(7, 3, 10),), op)
elif which == 'quant':
    import torch.ao.quantization as q
    from torch.ao.quantization.quantize_fx import prepare_fx, convert_fx
    class Small(nn.Module):
        def __init__(self): super().__init__(); self.c = nn.Conv2d(3, 8, 3); self.r = nn.ReLU(); self.p = nn.AdaptiveAvgPool2d(1); self.l = nn.Linear(8, 5)
        def forward(self, x): return self.l(torch.flatten(self.p(self.r(self.c(x))), 1))
    for n, m, a in [('small', Small(), torch.randn(1, 3, 16, 16)), ('resnet18', tv.resnet18(weights=None), x224)]:
        m.eval()
        qc = q.get_default_qconfig_mapping('fbgemm')
        pm = prepare_fx(m, qc, (a,)); pm(a)
        qm = convert_fx(pm)
        for op in [13, 17]:
            meta_tp = sum(p.numel() for p in m.parameters())
            export(f'q_{n}_o{op}', qm, (a,), op)
        # QAT-style fake quant (QDQ)
        pm2 = prepare_fx(m, qc, (a,)); pm2(a)
        export(f'qdq_{n}_o13', pm2, (a,), 13)
