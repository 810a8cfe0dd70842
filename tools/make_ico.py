#!/usr/bin/env python3
"""Pack PNG images into one Windows .ico file.

  make_ico.py OUT.ico IN-16.png IN-32.png ... IN-256.png

Each image is stored as a PNG payload (understood by Windows Vista and later, by the
resource compiler and by NSIS), so no image library is needed: the width and height are
read from the PNG header. Images are written in the order given.
"""
import struct
import sys

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data, name):
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        sys.exit(f"make_ico.py: {name} is not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    if not (1 <= width <= 256 and 1 <= height <= 256):
        sys.exit(f"make_ico.py: {name} is {width}x{height}; an icon image is 1 to 256 pixels")
    return width, height


def ico_bytes(images):
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    directory = b""
    payload = b""
    offset = len(header) + 16 * len(images)
    for (width, height), data in images:
        # 256 is written as 0 in the one-byte size fields; 32 bits per pixel, 1 plane.
        directory += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32,
                                 len(data), offset + len(payload))
        payload += data
    return header + directory + payload


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    images = []
    for name in argv[2:]:
        with open(name, "rb") as f:
            data = f.read()
        images.append((png_size(data, name), data))
    with open(argv[1], "wb") as f:
        f.write(ico_bytes(images))


if __name__ == "__main__":
    main(sys.argv)
