//! The first window fits the screen it opens on: 1366x768 where there is
//! room, less on the 1024x768 or 1024x600 laptops schools hand out, so no
//! part of it opens off screen.

use iced::Size;

/// The size the window opens at where the screen has room for it.
pub const WANTED: Size = Size::new(1366.0, 768.0);

/// How much of the screen the window may take: the rest is the desktop's
/// panels and the window's own title bar.
const SHARE: Size = Size::new(0.96, 0.90);

/// The size to shrink the window to on a screen of `screen` (logical
/// pixels), or `None` when `wanted` fits already.
#[must_use]
pub fn fitted(wanted: Size, screen: Size) -> Option<Size> {
    if !(screen.width > 0.0 && screen.height > 0.0) {
        return None;
    }
    let room = Size::new(
        (screen.width * SHARE.width).floor(),
        (screen.height * SHARE.height).floor(),
    );
    let fits = wanted.width <= room.width && wanted.height <= room.height;
    (!fits).then(|| Size::new(wanted.width.min(room.width), wanted.height.min(room.height)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_screen_keeps_the_wanted_size() {
        assert_eq!(fitted(WANTED, Size::new(1920.0, 1080.0)), None);
    }

    #[test]
    fn a_small_screen_gets_a_window_inside_it() {
        let shrunk = fitted(WANTED, Size::new(1024.0, 768.0)).expect("shrinks");
        assert!(shrunk.width <= 1024.0 * 0.96 && shrunk.height <= 768.0 * 0.90);
        assert_eq!(
            fitted(WANTED, Size::new(1366.0, 768.0)),
            Some(Size::new(1311.0, 691.0))
        );
    }

    #[test]
    fn a_screen_that_says_nothing_sensible_changes_nothing() {
        assert_eq!(fitted(WANTED, Size::new(0.0, 0.0)), None);
        assert_eq!(fitted(WANTED, Size::new(f32::NAN, 700.0)), None);
    }
}
