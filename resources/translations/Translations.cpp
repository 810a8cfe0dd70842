// The catalogues are compiled into this library as Qt resources (:/i18n/cchc_*.qm).
// This file only gives the static library an object to carry them.
namespace cchc {
int translationsLinked()
{
    return 1;
}
} // namespace cchc
