#!/usr/bin/env python3
# kiosk_visit_rss: the kiosk's own peak resident memory (SPEC §10: ≤ 120 MB) over a scripted visit.
#
# Starts siang-kiosk full screen on a fresh store, taps through a complaint the way a citizen
# would (XTest taps on the Xvfb screen: Thai keyboard, typed subject and details, a date, stay
# anonymous, the review in Thai with larger text, submit, the receipt's countdown, done, back to
# the start) and prints the kernel's VmHWM of the kiosk process. Each step's screen is saved as a
# PNG in --shots so a person can LOOK that the visit went where it says (the taps are positions
# on the 1920×1080 layout; a layout change needs them read off the PNGs again).
# Run:  xvfb-run -a -s "-screen 0 1920x1080x24" bench/ui/kiosk_visit_rss.py \
#           --kiosk build-ci/kiosk/siang-kiosk --siang build-ci/tools/siang/siang
# Only ctypes and zlib from the standard library: nothing to install.
import argparse, ctypes, ctypes.util, os, shutil, struct, subprocess, sys, tempfile, time, zlib

X = ctypes.CDLL(ctypes.util.find_library('X11'))
XTEST = ctypes.CDLL(ctypes.util.find_library('Xtst'))
X.XOpenDisplay.restype = ctypes.c_void_p
X.XOpenDisplay.argtypes = [ctypes.c_char_p]
X.XDefaultRootWindow.restype = ctypes.c_ulong
X.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
X.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
XTEST.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                                       ctypes.c_ulong]
XTEST.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]


class XImage(ctypes.Structure):
    _fields_ = [('width', ctypes.c_int), ('height', ctypes.c_int), ('xoffset', ctypes.c_int),
                ('format', ctypes.c_int), ('data', ctypes.POINTER(ctypes.c_ubyte)),
                ('byte_order', ctypes.c_int), ('bitmap_unit', ctypes.c_int),
                ('bitmap_bit_order', ctypes.c_int), ('bitmap_pad', ctypes.c_int),
                ('depth', ctypes.c_int), ('bytes_per_line', ctypes.c_int),
                ('bits_per_pixel', ctypes.c_int)]


X.XGetImage.restype = ctypes.POINTER(XImage)
X.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                        ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]

W, H = 1920, 1080
SCALE = W / 1456  # the positions below were read off PNGs shown 1456 pixels wide


class Screen:
    def __init__(self):
        self.d = X.XOpenDisplay(None)
        if not self.d:
            sys.exit('kiosk_visit_rss: no X display (run under xvfb-run)')
        self.root = X.XDefaultRootWindow(self.d)

    def tap(self, x, y, wait=0.35):
        x, y = int(x * SCALE), int(y * SCALE)
        XTEST.XTestFakeMotionEvent(self.d, -1, x, y, 0); X.XSync(self.d, 0); time.sleep(0.05)
        XTEST.XTestFakeButtonEvent(self.d, 1, 1, 0); X.XSync(self.d, 0); time.sleep(0.08)
        XTEST.XTestFakeButtonEvent(self.d, 1, 0, 0); X.XSync(self.d, 0); time.sleep(0.05)
        XTEST.XTestFakeMotionEvent(self.d, -1, 5, H - 5, 0); X.XSync(self.d, 0)
        time.sleep(wait)

    def png(self, path):
        im = X.XGetImage(self.d, self.root, 0, 0, W, H, 0xFFFFFFFF, 2).contents  # ZPixmap BGRX
        buf = ctypes.string_at(im.data, im.bytes_per_line * H)
        rows = bytearray()
        for y in range(H):
            row = buf[y * im.bytes_per_line:y * im.bytes_per_line + W * 4]
            rgb = bytearray(W * 3)
            rgb[0::3], rgb[1::3], rgb[2::3] = row[2::4], row[1::4], row[0::4]
            rows += b'\0' + rgb

        def chunk(kind, body):
            return (struct.pack('>I', len(body)) + kind + body +
                    struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff))
        with open(path, 'wb') as f:
            f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, H, 8, 2, 0, 0, 0))
                    + chunk(b'IDAT', zlib.compress(bytes(rows), 3)) + chunk(b'IEND', b''))


# The Thai keyboard's keys used below (Kedmanee layout as the kiosk draws it).
THAI_KEYS = {'ถ': (848, 395), 'น': (1105, 470), 'ไ': (591, 470), 'ฟ': (517, 543),
             'ด': (738, 543), 'ั': (885, 470), 'บ': (1253, 470), ' ': (1032, 690),
             'ม': (1142, 617)}


def visit(s, shot):
    s.tap(1055, 478, 0.6); shot('1-kind-chosen')          # attract: Complaint
    s.tap(370, 455, 0.8); shot('2-subject')               # division: Public Works
    s.tap(700, 690)                                       # keyboard: ไทย
    for ch in 'ถนนไฟดับ': s.tap(*THAI_KEYS[ch], wait=0.25)
    shot('3-subject-typed')
    s.tap(397, 257, 0.8)                                  # Next
    s.tap(700, 690)                                       # keyboard: ไทย
    for ch in 'ถนนไฟดับ ไฟดับ ถนนมด': s.tap(*THAI_KEYS[ch], wait=0.25)
    shot('4-details-typed')
    s.tap(397, 257, 0.8); shot('5-location')              # Next
    s.tap(471, 220, 0.8)                                  # location left out: Next
    s.tap(626, 220, 0.5); shot('6-when-today')            # when: Today
    s.tap(775, 370, 0.8)                                  # Next
    s.tap(370, 436, 0.8); shot('7-review')                # stay anonymous
    s.tap(994, 776, 0.8)                                  # ภาษาไทย
    s.tap(1175, 776, 1.0); shot('8-review-thai-larger')   # larger text
    s.tap(1332, 690, 1.5); shot('9-receipt')              # ส่งเรื่อง
    time.sleep(5)                                         # the receipt's countdown ticks
    s.tap(128, 690, 1.0); shot('10-done-asked')           # เสร็จสิ้น
    s.tap(728, 570, 1.5); shot('11-attract')              # back to the start


def status_kb(pid, field):
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith(field + ':'):
                return int(line.split()[1])
    return -1


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--kiosk', default='build-ci/kiosk/siang-kiosk')
    ap.add_argument('--siang', default='build-ci/tools/siang/siang')
    ap.add_argument('--shots', default='', help='directory for the PNG of each step')
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix='siang-visit-rss-')
    try:
        store = os.path.join(work, 'kiosk.db')
        subprocess.run([a.siang, '--store', store, 'init'], check=True, stdout=subprocess.DEVNULL)
        kiosk = subprocess.Popen([a.kiosk, '--store', store, '--fullscreen', '--lang', 'en'],
                                 stderr=subprocess.DEVNULL)
        s = Screen()
        time.sleep(2)
        shots = a.shots
        if shots:
            os.makedirs(shots, exist_ok=True)
        visit(s, lambda name: s.png(os.path.join(shots, name + '.png')) if shots else None)
        time.sleep(2)
        print(f'{a.kiosk}: peak resident {status_kb(kiosk.pid, "VmHWM") / 1024:.1f} MB over the '
              f'visit, {status_kb(kiosk.pid, "VmRSS") / 1024:.1f} MB at its end')
        kiosk.terminate()
        kiosk.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
