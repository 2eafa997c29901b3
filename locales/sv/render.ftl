## render
