"""The main window's parts, one job each.

`frise.ui.main_window` builds the window, holds what the user chose (the
`ViewState`), wires every signal of its widgets and actions, and hands each
widget its slice. What the window does when a signal comes is here, a part
per job, each a small QObject holding the window (`self.window`):

- `menus`: the menus and the toolbar, the words of every action, the
  recent files and the languages of the data;
- `keys`: the panes F6 goes through, and Help → Keyboard shortcuts;
- `files`: opening (a large file on a thread, with progress), refusing,
  reloading when saved, importing and saving;
- `exports`: File → Export…, Print… and Edit → Copy image;
- `reading`: the as-of day, what was not yet known, the claims view;
- `finding`: the find field and its results, Go → Go to date;
- `selecting`: the event or party the details show, threads, links.
- `placement`: where the window goes at start (pure geometry, no Qt).

A part's words are its own: `self.tr` takes the part's class as context.
A part may wire what it makes and drops (a load job, a dialog); the
window's widgets and actions are wired in the main window only.
"""
