/*
 * entente/export.h - which declarations libentente.so exports.
 *
 * The library is compiled with -fvisibility=hidden, so that only its public
 * interface is visible to programs that link it; every public header wraps
 * its declarations in ENT_PUBLIC_BEGIN ... ENT_PUBLIC_END, which gives them
 * default visibility. Declarations added between the two are exported
 * without further markup. Compilers without the GCC pragma ignore it.
 */
#ifndef ENTENTE_EXPORT_H
#define ENTENTE_EXPORT_H

#if defined(__GNUC__)
#define ENT_PUBLIC_BEGIN _Pragma("GCC visibility push(default)")
#define ENT_PUBLIC_END _Pragma("GCC visibility pop")
#else
#define ENT_PUBLIC_BEGIN
#define ENT_PUBLIC_END
#endif

#endif /* ENTENTE_EXPORT_H */
