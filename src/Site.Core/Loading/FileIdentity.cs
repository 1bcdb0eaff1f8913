namespace Site.Core.Loading;

/// <summary>
/// Which file or folder a path leads to, whatever it is called: its device and inode number. Entries that exist
/// at the same time have the same identity only when they are the same entry, wherever it was moved; the number
/// of a deleted entry may be given to the next one made.
/// </summary>
/// <param name="Device">The device that holds it.</param>
/// <param name="Inode">Its number on that device.</param>
public readonly record struct FileIdentity(long Device, long Inode);
