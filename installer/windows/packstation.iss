; Inno Setup script: the Windows installer of the one-folder bundle.
; On Windows, after `pyinstaller installer\packstation.spec --distpath dist`:
;     iscc installer\windows\packstation.iss
; gives dist\packstation-setup-<version>.exe. Serial scales need their USB adapter's driver
; (FTDI, Prolific, CH340) and USB receipt printers a WinUSB driver (Zadig) for python-escpos's
; Usb connection; network printers need nothing.
#define AppVersion "0.1.0"

[Setup]
AppId={{6F0C6F43-3C1B-4B8E-9D55-5A1E2C7B9A10}
AppName=packstation
AppVersion={#AppVersion}
AppPublisher=packstation
DefaultDirName={autopf}\packstation
DefaultGroupName=packstation
OutputDir=..\..\dist
OutputBaseFilename=packstation-setup-{#AppVersion}
SetupIconFile=packstation.ico
UninstallDisplayIcon={app}\packstation.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\packstation\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\packstation"; Filename: "{app}\packstation.exe"
Name: "{autodesktop}\packstation"; Filename: "{app}\packstation.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\packstation.exe"; Description: "{cm:LaunchProgram,packstation}"; Flags: nowait postinstall skipifsilent
