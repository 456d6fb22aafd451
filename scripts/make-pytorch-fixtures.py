#!/usr/bin/env python3
"""Writes the PyTorch test fixtures in test/fixtures/pytorch/ with a real torch (Debian's
python3-torch: `apt-get install python3-torch`, then `/usr/bin/python3 scripts/make-pytorch-fixtures.py`).

The files are committed: `npm test` never needs Python. Beside them, facts.json records what
torch itself says about each file (every tensor's name, dtype, shape and storage size), which
test/formats/pytorch-reader.test.ts compares with our reader; the hand-worked totals live in
the test.
"""
import copy
import json
import os
import sys

import torch
import torch.nn as nn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures', 'pytorch')


class BasicBlock(nn.Module):
    def __init__(self, cin, cout, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.downsample = None
        if stride != 1 or cin != cout:
            self.downsample = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        y = torch.relu(self.bn1(self.conv1(x)))
        y = self.bn2(self.conv2(y))
        return torch.relu(y + (x if self.downsample is None else self.downsample(x)))


class ResNetLike(nn.Module):
    """Stem, two basic blocks (one with a downsample), a classifier and an auxiliary head tied to it."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, 1, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(8)
        self.layer1 = nn.Sequential(BasicBlock(8, 8))
        self.layer2 = nn.Sequential(BasicBlock(8, 16, 2))
        self.fc = nn.Linear(16, 10)
        self.aux = nn.Linear(16, 10, bias=False)
        self.aux.weight = self.fc.weight  # tied: one storage, two names

    def forward(self, x):
        x = torch.relu(self.bn1(self.conv1(x)))
        x = self.layer2(self.layer1(x)).mean((2, 3))
        return self.fc(x) + self.aux(x)


class Quantizable(nn.Module):
    def __init__(self):
        super().__init__()
        self.quant = torch.ao.quantization.QuantStub()
        self.conv = nn.Conv2d(3, 4, 3)
        self.fc = nn.Linear(4, 2)
        self.dequant = torch.ao.quantization.DeQuantStub()

    def forward(self, x):
        x = self.quant(x)
        x = self.conv(x).mean((2, 3))
        return self.dequant(self.fc(x))


class HalfMix(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(32, 16)
        self.proj = nn.Linear(16, 16)
        self.norm = nn.LayerNorm(16)


def tensor_facts(obj, prefix=''):
    """Every tensor reachable in a state dict / checkpoint, as torch sees it."""
    out = []
    if isinstance(obj, torch.Tensor):
        st = obj.untyped_storage() if hasattr(obj, 'untyped_storage') else obj.storage()
        out.append({'name': prefix, 'dtype': str(obj.dtype).replace('torch.', ''), 'dims': list(obj.shape),
                    'storage_bytes': st.nbytes()})
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out += tensor_facts(v, f'{prefix}.{k}' if prefix else str(k))
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            out += tensor_facts(v, f'{prefix}.{i}' if prefix else str(i))
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    torch.manual_seed(0)
    facts = {}

    model = ResNetLike()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss = model(torch.randn(2, 3, 8, 8)).square().mean()
    loss.backward()
    opt.step()
    model.eval()

    sd = model.state_dict()
    torch.save(sd, os.path.join(OUT, 'resnet_state_dict.pt'))
    facts['resnet_state_dict.pt'] = tensor_facts(sd)
    torch.save(sd, os.path.join(OUT, 'resnet_legacy.pt'), _use_new_zipfile_serialization=False)
    facts['resnet_legacy.pt'] = tensor_facts(sd)
    torch.save(model, os.path.join(OUT, 'resnet_module.pt'))
    torch.jit.script(model).save(os.path.join(OUT, 'resnet_torchscript.pt'))

    ema = copy.deepcopy(model).state_dict()
    ckpt = {'epoch': 3, 'best_acc': 0.5, 'model_state_dict': sd, 'optimizer_state_dict': opt.state_dict(), 'ema': ema}
    torch.save(ckpt, os.path.join(OUT, 'resnet_checkpoint.pt'))
    facts['resnet_checkpoint.pt'] = tensor_facts(ckpt)

    q = Quantizable().eval()
    q.qconfig = torch.ao.quantization.get_default_qconfig('fbgemm')
    prepared = torch.ao.quantization.prepare(q)
    prepared(torch.randn(4, 3, 8, 8))
    qm = torch.ao.quantization.convert(prepared)
    qsd = qm.state_dict()
    torch.save(qsd, os.path.join(OUT, 'quantized_qint8.pt'))
    facts['quantized_qint8.pt'] = tensor_facts(qsd)

    h = HalfMix()
    h.embed.to(torch.bfloat16)
    h.proj.to(torch.float16)
    hsd = h.state_dict()
    torch.save(hsd, os.path.join(OUT, 'half_bf16.pt'))
    facts['half_bf16.pt'] = tensor_facts(hsd)

    with open(os.path.join(OUT, 'facts.json'), 'w') as f:
        json.dump({'torch': torch.__version__, 'files': facts}, f, indent=1)
        f.write('\n')
    for name in sorted(os.listdir(OUT)):
        print(f'{name}: {os.path.getsize(os.path.join(OUT, name))} bytes', file=sys.stderr)


if __name__ == '__main__':
    main()
