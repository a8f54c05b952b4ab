// Supervision use cases (DOMAIN §6-12), one header per section: each takes an Actor and its input, checks
// role and jurisdiction (officers act on organizations within their region subtree; organization accounts
// only on their own; auditors read), applies the domain rules, and writes the change with its history event
// and audit record in one transaction. Public functions read the replica and never return personal contact
// data. Results are the records of domain/supervision/records.h.
#pragma once

#include "app/supervision/cases.h"        // §12 complaints, illegal-organization cases
#include "app/supervision/credit.h"       // §8 credit lists, requests, public lists
#include "app/supervision/flags.h"        // §11 zombie flags, §4 overdue elections
#include "app/supervision/inspections.h"  // §9 random inspections
#include "app/supervision/overview.h"     // public summary, dashboard figures, jobs from the API
#include "app/supervision/penalties.h"    // §10 penalties, rectification orders
#include "app/supervision/ratings.h"      // §7 ratings
#include "app/supervision/reports.h"      // §6 annual reports
#include "app/supervision/simulate.h"     // what-if simulations of the automated rules
