// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/linkformat.h"

namespace coapscope {

class ResourceTable;

// RFC 6690 §4: /.well-known/core, generated from a resource table when asked.
namespace WellKnownCore {

// One link per resource, with its attributes (the discovery resource itself left out).
QList<Link> links(const ResourceTable &table);
// Serves GET /.well-known/core from table, honouring a filter query ("?rt=temp*").
void install(ResourceTable &table);

} // namespace WellKnownCore

} // namespace coapscope
