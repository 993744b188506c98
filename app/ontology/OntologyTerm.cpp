#include "OntologyTerm.h"

using namespace Qt::StringLiterals;

namespace metafill {

QString OntologyTerm::sourceName() const
{
    return source == Source::Ols ? u"ols"_s : u"offline"_s;
}

} // namespace metafill
