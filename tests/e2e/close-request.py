#!/usr/bin/env python3
"""Asks the windows of process PID to close, as a window manager's close button does: a
WM_DELETE_WINDOW client message (ICCCM 4.1.2.7) to each top-level window whose _NET_WM_PID is
PID, shown, and that takes that message. The X server under the tests has no window manager to do it; the app (GTK) handles the
message as a close request. Usage: close-request.py PID (DISPLAY from the environment).
Prints how many windows were asked; exits 1 when none was found."""

import ctypes
import sys

Window = Atom = ctypes.c_ulong
x = ctypes.cdll.LoadLibrary("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XDefaultRootWindow.restype = Window
x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XInternAtom.restype = Atom
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XQueryTree.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(Window), ctypes.POINTER(Window), ctypes.POINTER(ctypes.POINTER(Window)), ctypes.POINTER(ctypes.c_uint)]
x.XGetWindowProperty.argtypes = [
    ctypes.c_void_p, Window, Atom, ctypes.c_long, ctypes.c_long, ctypes.c_int, Atom,
    ctypes.POINTER(Atom), ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
    ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte)),
]
x.XFree.argtypes = [ctypes.c_void_p]
x.XSendEvent.argtypes = [ctypes.c_void_p, Window, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
x.XFlush.argtypes = [ctypes.c_void_p]
x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, Window, ctypes.c_void_p]
x.XGetWMProtocols.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(ctypes.POINTER(Atom)), ctypes.POINTER(ctypes.c_int)]


class ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
        ("window", Window), ("message_type", Atom), ("format", ctypes.c_int), ("l", ctypes.c_long * 5),
    ]


class Event(ctypes.Union):
    _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]


def pid_of(display, window, atom):
    kind, fmt, n, after = Atom(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong()
    data = ctypes.POINTER(ctypes.c_ubyte)()
    XA_CARDINAL = 6
    if x.XGetWindowProperty(display, window, atom, 0, 1, 0, XA_CARDINAL, kind, fmt, n, after, data) != 0 or not data:
        return None
    try:
        return ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0] if n.value == 1 and fmt.value == 32 else None
    finally:
        x.XFree(data)


class WindowAttributes(ctypes.Structure):
    """XWindowAttributes, as Xlib.h declares it."""
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
        ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p), ("root", Window),
        ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int), ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long), ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p),
    ]


def viewable(display, window):
    """Whether the window is shown (GTK also keeps unmapped top-level windows)."""
    attributes = WindowAttributes()
    IS_VIEWABLE = 2
    return bool(x.XGetWindowAttributes(display, window, ctypes.byref(attributes))) and attributes.map_state == IS_VIEWABLE


def takes_delete(display, window, delete):
    """Whether the window says it handles WM_DELETE_WINDOW (GTK's hidden leader window does not)."""
    atoms, n = ctypes.POINTER(Atom)(), ctypes.c_int()
    if not x.XGetWMProtocols(display, window, atoms, n):
        return False
    try:
        return any(atoms[i] == delete for i in range(n.value))
    finally:
        x.XFree(atoms)


def main():
    pid = int(sys.argv[1])
    display = x.XOpenDisplay(None)
    if not display:
        sys.exit("close-request.py: cannot open the display")
    root = x.XDefaultRootWindow(display)
    net_wm_pid = x.XInternAtom(display, b"_NET_WM_PID", 0)
    protocols = x.XInternAtom(display, b"WM_PROTOCOLS", 0)
    delete = x.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
    root_ret, parent = Window(), Window()
    children = ctypes.POINTER(Window)()
    count = ctypes.c_uint()
    x.XQueryTree(display, root, root_ret, parent, children, count)
    asked = 0
    for i in range(count.value):
        w = children[i]
        if pid_of(display, w, net_wm_pid) != pid or not takes_delete(display, w, delete) or not viewable(display, w):
            continue
        ev = Event()
        ev.xclient.type = 33  # ClientMessage
        ev.xclient.window = w
        ev.xclient.message_type = protocols
        ev.xclient.format = 32
        ev.xclient.l[0] = delete
        ev.xclient.l[1] = 0  # CurrentTime
        x.XSendEvent(display, w, 0, 0, ctypes.byref(ev))
        asked += 1
    if children:
        x.XFree(children)
    x.XFlush(display)
    print(asked)
    sys.exit(0 if asked else 1)


main()
