#!/usr/bin/env python3
"""MACs counted by PyTorch itself while a model runs (aten mm/addmm/bmm/baddbmm/convolution), for
the models whose ONNX export onnx.shape_inference cannot fully shape (swin, maxvit, shufflenet,
lraspp, detection heads): python3 scripts/onnx-crosscheck/torch_macs.py swin_t seg:lraspp_mobilenet_v3_large
Convolutions count N*Hout*Wout*Cout*(Cin/groups)*Kh*Kw, transposed ones over the input size, as
docs/metrics.md does. Autograd stays on so that nn.MultiheadAttention runs its plain (counted) path.
"""
import sys, torch, torchvision, math
from torch.utils._python_dispatch import TorchDispatchMode
aten = torch.ops.aten
class Count(TorchDispatchMode):
    def __init__(self): super().__init__(); self.macs = 0
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        out = func(*args, **kwargs)
        p = func._overloadpacket
        if p in (aten.mm, aten.addmm):
            a, b = (args[0], args[1]) if p is aten.mm else (args[1], args[2])
            self.macs += a.shape[0] * a.shape[1] * b.shape[1]
        elif p in (aten.bmm, aten.baddbmm):
            a, b = (args[0], args[1]) if p is aten.bmm else (args[1], args[2])
            self.macs += a.shape[0] * a.shape[1] * a.shape[2] * b.shape[2]
        elif p is aten.convolution:
            x, w = args[0], args[1]; transposed = args[6]
            if transposed: self.macs += x.shape[0] * math.prod(x.shape[2:]) * math.prod(w.shape)
            else: self.macs += out.shape[0] * math.prod(out.shape[2:]) * math.prod(w.shape)
        return out
def count(m, *a):
    m.eval(); c = Count()
    with c: m(*a)
    return c.macs
if __name__ == '__main__':
    tv = torchvision.models
    x = torch.randn(1, 3, 224, 224)
    for n in sys.argv[1:]:
        if n.startswith('seg:'):
            nn_ = n[4:]; m = getattr(tv.segmentation, nn_)(weights=None, weights_backbone=None, **({'aux_loss': False} if 'lraspp' not in nn_ else {}))
            print(n, count(m, torch.randn(1, 3, 128, 128)), flush=True)
        else:
            print(n, count(getattr(tv, n)(weights=None), x), flush=True)
