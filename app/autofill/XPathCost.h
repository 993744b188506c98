#pragma once

#include <QStringView>

namespace metafill {

// How costly an auto-fill query can become, judged from its text before it
// ever runs. Templates come from other institutions, and pugixml evaluates a
// query to its end with no way to stop it: a search of the whole document
// (//, descendant::, following:: …) inside a predicate runs once per node the
// outer step selects, so each such search nested in another multiplies the
// work by the document's size. "count(//*[count(//*[count(//*) > 0]) > 0])"
// takes hours on a header with a few thousand channels.
//
// The built-in templates nest two searches (an element of the instrument
// picked by an id the image refers to: //Instrument/Objective[@ID =
// //Image/ObjectiveSettings/@ID]); AutofillEngine refuses queries that nest
// more than MaxNestedSearches.
class XPathCost
{
public:
    static constexpr int MaxNestedSearches = 2;

    // The deepest chain of whole-document searches, each inside a predicate
    // of the one before: 0 for "string(@Name)", 1 for "string(//Pixels/@Type)",
    // 2 for the instrument lookup above. Errs towards counting too many.
    static int nestedSearches(QStringView xpath);
};

} // namespace metafill
