#!/usr/bin/env python3
"""Draws the app icon (a white key on a blue rounded square) into icons/, with the standard library only."""
import math, os, struct, zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "icons")
SS = 4  # supersampling per axis

def rounded_rect(x, y, r):
    # distance-based test for a rounded square spanning [0.04, 0.96]
    lo, hi = 0.04 + r, 0.96 - r
    dx = max(lo - x, 0, x - hi); dy = max(lo - y, 0, y - hi)
    return dx * dx + dy * dy <= r * r

def key(x, y):
    # ring
    cx, cy = 0.36, 0.42
    d = math.hypot(x - cx, y - cy)
    if 0.085 <= d <= 0.175:
        return True
    # shaft, from the ring to the right
    if 0.50 <= x <= 0.80 and 0.395 <= y <= 0.455:
        return True
    # teeth
    if 0.66 <= x <= 0.705 and 0.455 <= y <= 0.56:
        return True
    if 0.74 <= x <= 0.785 and 0.455 <= y <= 0.53:
        return True
    return False

def pixel(x, y):
    if not rounded_rect(x, y, 0.2):
        return None
    if key(x, y):
        return (255, 255, 255)
    t = (x + y) / 2
    return (int(22 + 20 * t), int(96 + 40 * t), int(214 + 20 * t))

def render(size):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SS):
                for sx in range(SS):
                    c = pixel((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 1
            n = acc[3]
            if n:
                row += bytes([acc[0] // n, acc[1] // n, acc[2] // n, 255 * n // (SS * SS)])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return png(size, b"".join(rows))

def png(size, raw):
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")

def ico(pngs):
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in pngs:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs

def icns(pngs):
    """Apple's icon container: PNGs under their size's type code."""
    types = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b"".join(types[size] + struct.pack(">I", 8 + len(data)) + data for size, data in pngs if size in types)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    # Every size a desktop asks for: Linux packages install each one under hicolor/.
    sizes = {
        "16x16.png": 16, "24x24.png": 24, "32x32.png": 32, "48x48.png": 48, "64x64.png": 64,
        "128x128.png": 128, "256x256.png": 256, "icon.png": 512,
    }
    made = {}
    for name, size in sizes.items():
        made[size] = render(size)
        open(os.path.join(OUT, name), "wb").write(made[size])
    open(os.path.join(OUT, "icon.ico"), "wb").write(
        ico([(16, made[16]), (24, made[24]), (32, made[32]), (48, made[48]), (64, made[64]), (256, made[256])]))
    open(os.path.join(OUT, "icon.icns"), "wb").write(
        icns([(size, made[size]) for size in (16, 32, 64, 128, 256, 512)]))
