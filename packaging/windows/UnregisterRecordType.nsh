; Inserted into the uninstall section of CPack's NSIS installer
; (CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS, see WindowsInstaller.cmake): removes
; what RegisterRecordType.nsh wrote, and nothing else. The .json key and its
; OpenWithProgids key stay, since other programs keep their entries there.

DeleteRegValue SHCTX "Software\Classes\.json\OpenWithProgids" "Metafill.Record"
DeleteRegKey SHCTX "Software\Classes\Metafill.Record"
DeleteRegKey SHCTX "Software\Classes\Applications\metafill.exe"

; SHCNE_ASSOCCHANGED: Explorer forgets Metafill under "Open with" at once.
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
