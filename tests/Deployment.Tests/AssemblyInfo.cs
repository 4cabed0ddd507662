using System.Runtime.Versioning;

// The checks run the linux-x64 Bicep CLI and a bash script: they are not meant for Windows.
[assembly: UnsupportedOSPlatform("windows")]
