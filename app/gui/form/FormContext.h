#pragma once

#include "template/Template.h"

#include <memory>

namespace metafill::gui {

class DocumentSession;
class TermLookup;

// What every part of a form shares: the document it edits, where terms are
// looked up and which scope it shows. FormView owns it; panels and editors
// keep a pointer, so a scope switch reaches them without rewiring.
struct FormContext
{
    DocumentSession *session = nullptr;
    TermLookup *lookup = nullptr; // may be null: term fields then take a CURIE, an IRI or free text
    std::shared_ptr<const Template> templ; // keeps the specs alive the editors point into
    int scope = -1;                        // -1: the values all images share; i: image i
    int labelWidth = 160;                  // one label column for the whole form, so editors line up
    int lineHeight = 24;                   // of a one-line input: labels and marks centre on it
    bool closing = false;                  // the form is being destroyed: editors no longer write
};

} // namespace metafill::gui
